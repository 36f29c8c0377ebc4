#include "PdfReader.h"

#include <QAction>
#include <QBuffer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfSearchModel>
#include <QPdfView>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace Plenary {

namespace {
constexpr qreal kZoomStep = 1.25;

// QPdfSearchModel's display text is rich text made for QML ("... <b>word</b>
// ..."); here a hit reads as plain text, "p. 5: ...words on load shedding.",
// since what surrounds it comes from the document.
class SearchHitsModel : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return QIdentityProxyModel::data(index, role);
        auto *search = static_cast<QPdfSearchModel *>(sourceModel());
        const QModelIndex s = mapToSource(index);
        const int page = s.data(int(QPdfSearchModel::Role::Page)).toInt();
        const QString before = s.data(int(QPdfSearchModel::Role::ContextBefore)).toString();
        const QString after = s.data(int(QPdfSearchModel::Role::ContextAfter)).toString();
        // QtPdf marks line breaks in the context with U+23CE; a list line
        // reads better with spaces.
        return PdfReader::tr("p. %1: %2%3%4")
            .arg(page + 1)
            .arg(before, search->searchString(), after)
            .replace(QChar(0x23CE), QLatin1Char(' '))
            .simplified();
    }
};
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;

QToolButton *toolButton(QWidget *parent, const QString &text, const QString &tip,
                        const QKeySequence &key = {}) {
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(key.isEmpty()
                      ? tip
                      : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    return b;
}
} // namespace

PdfReader::PdfReader(QWidget *parent)
    : QWidget(parent)
    , m_buffer(new QBuffer(this))
    , m_document(new QPdfDocument(this))
    , m_bookmarks(new QPdfBookmarkModel(this))
    , m_search(new QPdfSearchModel(this))
    , m_view(new QPdfView(this))
    , m_splitter(new QSplitter(this))
    , m_outlineView(new QTreeView(this))
    , m_hits(new QListView(this))
    , m_page(new QSpinBox(this))
    , m_pageCount(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_find(new QLineEdit(this)) {
    setObjectName(QStringLiteral("pdfReader"));
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setAccessibleName(tr("Document pages"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(8);
    m_view->viewport()->installEventFilter(this); // Ctrl+wheel zoom
    m_bookmarks->setDocument(m_document);
    m_search->setDocument(m_document);

    // Outline and search hits beside the pages.
    m_outlineView->setObjectName(QStringLiteral("pdfOutline"));
    m_outlineView->setAccessibleName(tr("Outline"));
    m_outlineView->setModel(m_bookmarks);
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hits->setObjectName(QStringLiteral("pdfSearchHits"));
    m_hits->setAccessibleName(tr("Search results"));
    auto *hits = new SearchHitsModel(this);
    hits->setSourceModel(m_search);
    m_hits->setModel(hits);
    m_hits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hits->hide();
    auto *side = new QSplitter(Qt::Vertical, m_splitter);
    m_side = side;
    side->addWidget(m_outlineView);
    side->addWidget(m_hits);
    m_splitter->addWidget(side);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 800});
    connect(m_outlineView, &QTreeView::activated, this, [this](const QModelIndex &i) {
        goToPage(i.data(int(QPdfBookmarkModel::Role::Page)).toInt());
    });
    connect(m_hits, &QListView::clicked, this, [this](const QModelIndex &i) {
        goToPage(i.data(int(QPdfSearchModel::Role::Page)).toInt());
    });
    connect(m_hits, &QListView::activated, this, [this](const QModelIndex &i) {
        goToPage(i.data(int(QPdfSearchModel::Role::Page)).toInt());
    });

    // The toolbar: outline, pages, zoom, find.
    auto *outline = toolButton(this, tr("Outline"), tr("Show the outline"));
    m_outlineButton = outline;
    outline->setCheckable(true);
    outline->setChecked(false);
    connect(outline, &QToolButton::toggled, this, [this](bool on) {
        m_outlineView->setVisible(on);
        m_side->setVisible(on || m_hits->isVisibleTo(m_side));
    });
    side->hide(); // until there is an outline or search hits to show
    auto *previous = toolButton(this, tr("‹"), tr("Previous page"), Qt::Key_PageUp);
    auto *next = toolButton(this, tr("›"), tr("Next page"), Qt::Key_PageDown);
    connect(previous, &QToolButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(next, &QToolButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    m_page->setObjectName(QStringLiteral("pdfPage"));
    m_page->setAccessibleName(tr("Page"));
    m_page->setKeyboardTracking(false);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int shown) { goToPage(shown - 1); });
    m_pageCount->setTextFormat(Qt::PlainText);
    auto *zoomOutButton = toolButton(this, tr("−"), tr("Zoom out"), QKeySequence::ZoomOut);
    auto *zoomInButton = toolButton(this, tr("+"), tr("Zoom in"), QKeySequence::ZoomIn);
    auto *width = toolButton(this, tr("Fit Width"), tr("Fit the page width"));
    auto *whole = toolButton(this, tr("Fit Page"), tr("Fit the whole page"));
    connect(zoomOutButton, &QToolButton::clicked, this, &PdfReader::zoomOut);
    connect(zoomInButton, &QToolButton::clicked, this, &PdfReader::zoomIn);
    connect(width, &QToolButton::clicked, this, &PdfReader::fitWidth);
    connect(whole, &QToolButton::clicked, this, &PdfReader::fitPage);
    m_zoomLabel->setTextFormat(Qt::PlainText);
    m_find->setObjectName(QStringLiteral("pdfFind"));
    m_find->setPlaceholderText(tr("Find in document"));
    m_find->setAccessibleName(tr("Find in document"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(m_find->text()); });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(outline);
    bar->addSpacing(8);
    bar->addWidget(previous);
    bar->addWidget(m_page);
    bar->addWidget(m_pageCount);
    bar->addWidget(next);
    bar->addSpacing(8);
    bar->addWidget(zoomOutButton);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(zoomInButton);
    bar->addWidget(width);
    bar->addWidget(whole);
    bar->addStretch();
    bar->addWidget(m_find);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    // Keyboard: the usual reader keys, wherever the focus is in the tab.
    auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    shortcut(QKeySequence::ZoomIn, [this] { zoomIn(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { zoomIn(); });
    shortcut(QKeySequence::ZoomOut, [this] { zoomOut(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { fitWidth(); });
    shortcut(QKeySequence(Qt::Key_Home), [this] { goToPage(0); });
    shortcut(QKeySequence(Qt::Key_End), [this] { goToPage(pageCount() - 1); });
    shortcut(QKeySequence::Find, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });

    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, [this](int) {
        updatePageControls();
        emit pageChanged(currentPage());
    });
    connect(m_view, &QPdfView::zoomFactorChanged, this, [this] { updatePageControls(); });
    connect(m_search, &QAbstractItemModel::rowsInserted, this, &PdfReader::hitsArrived);
    connect(m_search, &QAbstractItemModel::modelReset, this, &PdfReader::hitsArrived);
    connect(m_document, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status s) {
        if (s == QPdfDocument::Status::Ready)
            documentReady();
        else if (s == QPdfDocument::Status::Error)
            checkError();
    });
    connect(m_view, &QPdfView::zoomModeChanged, this, [this] { updatePageControls(); });
    updatePageControls();
}

PdfReader::~PdfReader() {
    // The document reads from the buffer: close it first.
    m_view->setDocument(nullptr);
    m_document->close();
}

bool PdfReader::open(const QByteArray &pdf, int page) {
    m_document->close();
    m_buffer->close();
    m_buffer->setData(pdf);
    m_buffer->open(QIODevice::ReadOnly);
    m_pendingPage = page;
    m_ready = false;
    m_error.clear();
    m_document->load(m_buffer);
    // From memory QtPdf is usually ready at once; otherwise statusChanged.
    if (m_document->status() == QPdfDocument::Status::Ready)
        documentReady();
    return checkError();
}

bool PdfReader::checkError() {
    if (m_document->status() != QPdfDocument::Status::Error &&
        m_document->error() == QPdfDocument::Error::None)
        return true;
    m_error = m_document->error() == QPdfDocument::Error::IncorrectPassword
                  ? tr("The PDF is protected by a password.")
                  : tr("This file is not a PDF that can be shown.");
    emit failed(m_error);
    return false;
}

void PdfReader::documentReady() {
    if (m_ready)
        return; // statusChanged during load(), then the check after it
    m_ready = true;
    if (pageCount() <= 0) {
        m_error = tr("This PDF has no pages.");
        emit failed(m_error);
        return;
    }
    // The side pane only when the document has an outline.
    const bool hasOutline = m_bookmarks->rowCount({}) > 0;
    m_outlineButton->setEnabled(hasOutline);
    m_outlineButton->setChecked(hasOutline);
    m_outlineView->setVisible(hasOutline);
    m_side->setVisible(hasOutline);
    m_outlineView->expandToDepth(0);
    m_page->setRange(1, pageCount());
    // The view places pages by its size: a jump made before it is shown
    // and laid out would be undone by its first layout.
    if (isVisible())
        goToPage(m_pendingPage);
    else
        m_pageOnShow = true;
    updatePageControls();
    emit ready();
}

int PdfReader::pageCount() const {
    return m_document->pageCount();
}

int PdfReader::currentPage() const {
    return m_view->pageNavigator()->currentPage();
}

void PdfReader::goToPage(int page) {
    if (pageCount() <= 0)
        return;
    page = qBound(0, page, pageCount() - 1);
    // Always jump: after a resize the view may show another page than the
    // navigator remembers, and a jump puts it right.
    m_view->pageNavigator()->jump(page, {}, m_view->pageNavigator()->currentZoom());
    updatePageControls();
}

qreal PdfReader::zoomFactor() const {
    return m_view->zoomFactor();
}

void PdfReader::setZoom(qreal factor) {
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(qBound(kMinZoom, factor, kMaxZoom));
}

void PdfReader::zoomIn() {
    setZoom(zoomFactor() * kZoomStep);
}

void PdfReader::zoomOut() {
    setZoom(zoomFactor() / kZoomStep);
}

void PdfReader::fitWidth() {
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

void PdfReader::fitPage() {
    m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
}

void PdfReader::find(const QString &text, int onPage) {
    if (m_find->text() != text)
        m_find->setText(text);
    // QtPdf searches page by page in the background: the hits come in as
    // rows, and the first one (on or after onPage) is shown when it arrives.
    m_showFirstHit = !text.isEmpty();
    m_hitPage = qMax(0, onPage);
    m_hits->setVisible(false);
    m_side->setVisible(m_outlineButton->isChecked());
    m_search->setSearchString(text);
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    m_view->setSearchModel(m_search); // the hits highlighted on the pages
#endif
    hitsArrived();
}

void PdfReader::hitsArrived() {
    if (m_search->rowCount({}) == 0)
        return;
    m_hits->setVisible(true);
    m_side->setVisible(true);
    if (!m_showFirstHit)
        return;
    int row = -1;
    int page = 0;
    for (int i = 0; i < m_search->rowCount({}); ++i) {
        page = m_search->index(i, 0).data(int(QPdfSearchModel::Role::Page)).toInt();
        if (page >= m_hitPage) {
            row = i;
            break;
        }
    }
    if (row < 0)
        return; // not found that far yet: more pages are being searched
    m_showFirstHit = false;
    m_hits->setCurrentIndex(m_hits->model()->index(row, 0));
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    m_view->setCurrentSearchResultIndex(row);
#endif
    // After the side pane has taken its room (the pages are narrower then).
    QTimer::singleShot(0, this, [this, page] { goToPage(page); });
}

void PdfReader::updatePageControls() {
    const QSignalBlocker blocker(m_page);
    m_page->setValue(currentPage() + 1);
    m_pageCount->setText(tr("of %1").arg(qMax(0, pageCount())));
    m_zoomLabel->setText(m_view->zoomMode() == QPdfView::ZoomMode::FitToWidth ? tr("Width")
                         : m_view->zoomMode() == QPdfView::ZoomMode::FitInView
                             ? tr("Page")
                             : tr("%1%").arg(qRound(zoomFactor() * 100)));
}

void PdfReader::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_pageOnShow) {
        m_pageOnShow = false;
        // After the layout that showing triggers.
        QTimer::singleShot(0, this, [this] { goToPage(m_pendingPage); });
    }
}

bool PdfReader::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (wheel->angleDelta().y() > 0)
                zoomIn();
            else if (wheel->angleDelta().y() < 0)
                zoomOut();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Plenary
