#include "DocumentTableView.h"

#include "BidiText.h"

#include "DocumentTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScopedValueRollback>
#include <QStyledItemDelegate>

namespace Plenary {

namespace {

/// Marks documents received after the deadline: the received date in the
/// palette's link-visited colour is too subtle, so use a warning tone that
/// reads on light and dark backgrounds, plus the tooltip from the model.
class LateDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        keepLeftToRightText(option);
        if (index.column() == DocumentTableModel::ReceivedColumn &&
            index.data(DocumentTableModel::LateRole).toBool()) {
            const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
            option->palette.setColor(QPalette::Text,
                                     dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
            option->font.setItalic(true);
        }
    }
};

} // namespace

DocumentTableView::DocumentTableView(QWidget *parent)
    : QTableView(parent) {
    setObjectName(QStringLiteral("documentTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setTabKeyNavigation(false);
    setItemDelegate(new LateDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setAccessibleName(tr("Documents"));
    // Any other column resized, hidden or shown changes the title's room.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != DocumentTableModel::TitleColumn)
            fitTitle();
    });

    // Right-click on the header chooses the columns, as in most KDE tables.
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
        [this](const QPoint &pos) { columnMenu()->popup(horizontalHeader()->mapToGlobal(pos)); });
}

QMenu *DocumentTableView::columnMenu() {
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setTitle(tr("Columns"));
    QAbstractItemModel *m = model();
    for (int c = 0; m && c < m->columnCount(); ++c) {
        QAction *a = menu->addAction(m->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        // The number identifies a row: it cannot be hidden.
        a->setEnabled(c != DocumentTableModel::NumberColumn);
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnHidden(c, !on); });
    }
    return menu;
}

void DocumentTableView::applyDefaultColumnWidths() {
    const QFontMetrics fm = fontMetrics();
    auto width = [&fm](const char *sample) {
        return fm.horizontalAdvance(QString::fromLatin1(sample)) + 24;
    };
    QHeaderView *h = horizontalHeader();
    // The title takes whatever the other columns leave.
    h->setSectionResizeMode(DocumentTableModel::TitleColumn, QHeaderView::Stretch);
    h->resizeSection(DocumentTableModel::NumberColumn, width("FG-Smart-I-0000"));
    h->resizeSection(DocumentTableModel::SourceColumn, width("Korea Telecom"));
    h->resizeSection(DocumentTableModel::TypeColumn, width("Contribution"));
    h->resizeSection(DocumentTableModel::ForColumn, width("Information"));
    h->resizeSection(DocumentTableModel::WorkingGroupColumn, width("WG0"));
    h->resizeSection(DocumentTableModel::AgendaItemColumn, width("6.a.i"));
    h->resizeSection(DocumentTableModel::OutcomeColumn, width("Approved by cons"));
    h->resizeSection(DocumentTableModel::ReplacedByColumn, width("Replaced by"));
    h->resizeSection(DocumentTableModel::StateColumn, width("Downloading"));
    // As the model formats it, in this locale, with the widest digits.
    const QString received =
        QLocale().toString(QDate(2010, 12, 28), QLocale::ShortFormat) + QStringLiteral(" 00:00");
    h->resizeSection(DocumentTableModel::ReceivedColumn, fm.horizontalAdvance(received) + 24);
}

void DocumentTableView::copySelection() const {
    QStringList lines;
    const QModelIndexList rows =
        selectionModel() ? selectionModel()->selectedRows() : QModelIndexList{};
    for (const QModelIndex &row : rows)
        lines << row.data(DocumentTableModel::NumberRole).toString() + QLatin1Char('\t') +
                     row.siblingAtColumn(DocumentTableModel::TitleColumn).data().toString();
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

int DocumentTableView::minimumTitleWidth() const {
    return fontMetrics().averageCharWidth() * 30;
}

void DocumentTableView::fitTitle() {
    QHeaderView *h = horizontalHeader();
    if (m_fitting || h->count() <= DocumentTableModel::TitleColumn ||
        h->isSectionHidden(DocumentTableModel::TitleColumn))
        return;
    const QScopedValueRollback<bool> guard(m_fitting, true);
    int others = 0;
    for (int c = 0; c < h->count(); ++c)
        if (c != DocumentTableModel::TitleColumn && !h->isSectionHidden(c))
            others += h->sectionSize(c);
    // A stretched section shrinks down to the header's minimum (a few
    // pixels of "..."): with too little room it stops stretching, keeps
    // its readable width and the table scrolls.
    const int minimum = minimumTitleWidth();
    const bool room = viewport()->width() - others >= minimum;
    const auto mode = h->sectionResizeMode(DocumentTableModel::TitleColumn);
    if (room && mode != QHeaderView::Stretch) {
        h->setSectionResizeMode(DocumentTableModel::TitleColumn, QHeaderView::Stretch);
    } else if (!room) {
        // From stretched: the minimum (what is left is less). Already
        // unstretched: a width the user gave it is kept.
        if (mode != QHeaderView::Interactive)
            h->setSectionResizeMode(DocumentTableModel::TitleColumn, QHeaderView::Interactive);
        if (mode != QHeaderView::Interactive ||
            h->sectionSize(DocumentTableModel::TitleColumn) < minimum)
            h->resizeSection(DocumentTableModel::TitleColumn, minimum);
    }
}

void DocumentTableView::resizeEvent(QResizeEvent *event) {
    QTableView::resizeEvent(event);
    fitTitle();
}

void DocumentTableView::keyPressEvent(QKeyEvent *event) {
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace Plenary
