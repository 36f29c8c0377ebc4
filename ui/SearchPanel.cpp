#include "SearchPanel.h"

#include "SearchResultModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QProgressBar>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Plenary {

namespace {
constexpr int kTypingDelayMs = 300; // a search once the user pauses
constexpr int kSnippetLines = 2;

/// A hit in two parts: the document (number in bold, title, page) on the
/// first line, the snippet below with the words found in bold. Text is laid
/// out with QTextLayout and formats: nothing from a document is markup.
class HitDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override {
        const int line = option.fontMetrics.lineSpacing();
        return {200, line * (1 + kSnippetLines) + 2 * kMargin};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QColor text =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QRect r = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
        const int line = opt.fontMetrics.lineSpacing();
        painter->save();
        painter->setPen(text);

        // The document.
        const QString head = SearchPanel::tr("%1  %2  p. %3")
                                 .arg(index.data(SearchResultModel::NumberRole).toString(),
                                      index.data(SearchResultModel::TitleRole).toString())
                                 .arg(index.data(SearchResultModel::PageRole).toInt());
        QTextLayout::FormatRange number;
        number.start = 0;
        number.length = int(index.data(SearchResultModel::NumberRole).toString().size());
        number.format.setFontWeight(QFont::Bold);
        drawLines(painter, opt.font, head, {number}, QRect(r.left(), r.top(), r.width(), line), 1);

        // The snippet, the words found in bold.
        QList<QPair<int, int>> matches;
        const QString snippet = SearchResultModel::plainSnippet(
            index.data(SearchResultModel::SnippetRole).toString(), &matches);
        QList<QTextLayout::FormatRange> formats;
        for (const auto &[start, length] : std::as_const(matches)) {
            QTextLayout::FormatRange f;
            f.start = start;
            f.length = length;
            f.format.setFontWeight(QFont::Bold);
            formats << f;
        }
        drawLines(painter, opt.font, snippet, formats,
                  QRect(r.left(), r.top() + line, r.width(), line * kSnippetLines), kSnippetLines);
        painter->restore();
    }

private:
    static constexpr int kMargin = 4;

    // Up to @p maxLines lines of @p text in @p rect, the last one elided.
    static void drawLines(QPainter *painter, const QFont &font, const QString &text,
                          const QList<QTextLayout::FormatRange> &formats, const QRect &rect,
                          int maxLines) {
        QTextLayout layout(text, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        layout.setTextOption(option);
        layout.setFormats(formats);
        layout.beginLayout();
        qreal y = 0;
        int lines = 0;
        while (lines < maxLines) {
            QTextLine l = layout.createLine();
            if (!l.isValid())
                break;
            // The last line allowed takes what is left, cut at the edge.
            l.setLineWidth(lines == maxLines - 1 ? 1e6 : rect.width());
            l.setPosition(QPointF(0, y));
            y += l.height();
            ++lines;
        }
        layout.endLayout();
        painter->save();
        painter->setClipRect(rect);
        layout.draw(painter, rect.topLeft());
        painter->restore();
    }
};
} // namespace

SearchPanel::SearchPanel(SearchResultModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_query(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_results(new QListView(this))
    , m_indexStatus(new QLabel(this))
    , m_indexProgress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_typing(new QTimer(this)) {
    setObjectName(QStringLiteral("searchPanel"));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search all documents"));
    m_query->setToolTip(tr("Words that must all occur; \"a phrase\" in quotes; demand* for "
                           "words that begin so."));
    m_query->setAccessibleName(tr("Search all documents"));
    m_query->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new HitDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setAlternatingRowColors(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // lines are cut, not scrolled
    // Room for a number, a title's beginning and a few words around a hit.
    setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    connect(m_results, &QListView::activated, this, &SearchPanel::openIndex);

    m_indexStatus->setObjectName(QStringLiteral("indexStatus"));
    m_indexStatus->setTextFormat(Qt::PlainText);
    m_indexStatus->setWordWrap(true);
    m_indexProgress->setObjectName(QStringLiteral("indexProgress"));
    m_indexProgress->setTextVisible(false);
    m_indexProgress->setMaximumHeight(m_query->sizeHint().height() / 2);
    m_indexProgress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelIndexing"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop indexing; what is done is kept"));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &SearchPanel::cancelIndexingRequested);

    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingDelayMs);
    connect(m_query, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, [this] {
        if (!m_query->text().trimmed().isEmpty())
            emit searchRequested(m_query->text());
    });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        if (m_query->text().trimmed().isEmpty())
            return;
        emit searchRequested(m_query->text());
    });
    connect(m_query, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_typing->stop();
            m_model->clear();
            m_summary->clear();
        }
    });
    // Down from the query goes to the hits.
    m_query->installEventFilter(this);

    auto *indexRow = new QHBoxLayout;
    indexRow->setContentsMargins(0, 0, 0, 0);
    indexRow->addWidget(m_indexStatus, 1);
    indexRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_query);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addLayout(indexRow);
    layout->addWidget(m_indexProgress);
}

void SearchPanel::focusQuery() {
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_query && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_results->setFocus(Qt::TabFocusReason);
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_model->index(0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::showResults(const QString &query, const QString &error) {
    if (query != m_query->text())
        return; // the user has typed on since
    if (!error.isEmpty())
        m_summary->setText(tr("The search failed: %1").arg(error));
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("Nothing found."));
    else
        m_summary->setText(tr("%n page(s) found", nullptr, m_model->rowCount()));
    if (m_model->rowCount() > 0)
        m_results->scrollToTop();
}

void SearchPanel::setIndexing(int done, int total, const QString &current) {
    m_indexProgress->setRange(0, qMax(1, total));
    m_indexProgress->setValue(done);
    m_indexProgress->show();
    m_cancel->show();
    m_indexStatus->setText(tr("Indexing %1 of %2 files...").arg(done).arg(total));
    m_indexStatus->setToolTip(current);
}

void SearchPanel::setIndexIdle(const QString &summary, const QString &details) {
    m_indexProgress->hide();
    m_cancel->hide();
    m_indexStatus->setText(summary);
    m_indexStatus->setToolTip(details);
}

void SearchPanel::openIndex(const QModelIndex &index) {
    if (!index.isValid())
        return;
    emit openRequested(index.data(SearchResultModel::NumberRole).toString(),
                       index.data(SearchResultModel::TitleRole).toString(),
                       index.data(SearchResultModel::PageRole).toInt(),
                       index.data(SearchResultModel::TermRole).toString(),
                       index.data(SearchResultModel::PathRole).toString());
}

} // namespace Plenary
