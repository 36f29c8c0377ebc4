#include "SessionPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Plenary {

namespace {
QLabel *plain(QWidget *parent) {
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText); // titles come from servers
    return l;
}

QString outcomeStatusText(const Outcome &o) {
    if (o.status == OutcomeStatus::Revised && !o.target.isEmpty())
        return SessionPanel::tr("Revised to %1").arg(o.target);
    if (o.status == OutcomeStatus::Merged && !o.target.isEmpty())
        return SessionPanel::tr("Merged into %1").arg(o.target);
    return label(o.status);
}
} // namespace

SessionPanel::SessionPanel(QWidget *parent)
    : QWidget(parent)
    , m_itemNumber(plain(this))
    , m_itemTitle(plain(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_documents(new QTreeWidget(this))
    , m_subject(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_record(new QPushButton(this))
    , m_outcomes(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("sessionPanel"));
    auto *layout = new QVBoxLayout(this);

    // The item under discussion, large enough to read on a projector.
    auto *head = new QHBoxLayout;
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous agenda item (Alt+Page Up)"));
    m_previous->setAccessibleName(tr("Previous agenda item"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next agenda item (Alt+Page Down)"));
    m_next->setAccessibleName(tr("Next agenda item"));
    connect(m_previous, &QToolButton::clicked, this, &SessionPanel::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &SessionPanel::nextRequested);
    m_itemNumber->setObjectName(QStringLiteral("currentItemNumber"));
    m_itemTitle->setObjectName(QStringLiteral("currentItemTitle"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_itemNumber->setFont(big);
    big.setBold(false);
    big.setPointSizeF(font().pointSizeF() * 1.25);
    m_itemTitle->setFont(big);
    m_itemTitle->setWordWrap(true);
    m_itemTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    head->addWidget(m_previous);
    head->addWidget(m_itemNumber);
    head->addWidget(m_itemTitle, 1);
    head->addWidget(m_next);
    layout->addLayout(head);

    auto *docsLabel = plain(this);
    docsLabel->setText(tr("Documents under this item"));
    layout->addWidget(docsLabel);
    m_documents->setObjectName(QStringLiteral("sessionDocuments"));
    m_documents->setAccessibleName(tr("Documents under the current agenda item"));
    m_documents->setHeaderLabels({tr("Number"), tr("Title"), tr("Source"), tr("Outcome")});
    m_documents->setRootIsDecorated(false);
    m_documents->setUniformRowHeights(true);
    m_documents->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_documents->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_documents->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_documents->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_documents->header()->resizeSection(2, fontMetrics().averageCharWidth() * 14);
    m_documents->header()->setStretchLastSection(false);
    m_documents->setTextElideMode(Qt::ElideRight);
    docsLabel->setBuddy(m_documents);
    layout->addWidget(m_documents, 2);
    connect(m_documents, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            setSubjectDocument(item->text(0));
    });

    // Recording an outcome.
    auto *form = new QFormLayout;
    m_subject->setObjectName(QStringLiteral("outcomeSubject"));
    m_status->setObjectName(QStringLiteral("outcomeStatus"));
    m_target->setObjectName(QStringLiteral("outcomeTarget"));
    m_text->setObjectName(QStringLiteral("outcomeText"));
    m_record->setObjectName(QStringLiteral("recordOutcome"));
    for (const QString &wire : wireNames(OutcomeStatus{})) {
        const auto s = outcomeStatusFromWire(wire);
        m_status->addItem(label(*s), int(*s));
    }
    m_target->setPlaceholderText(tr("The next free number"));
    m_text->setPlaceholderText(tr("What the meeting decided, in a sentence"));
    form->addRow(tr("&Decision on:"), m_subject);
    form->addRow(tr("&Outcome:"), m_status);
    form->addRow(tr("&New number:"), m_target);
    form->addRow(tr("&Text:"), m_text);
    layout->addLayout(form);
    m_record->setText(tr("&Record Outcome"));
    m_record->setToolTip(tr("Record the outcome (Ctrl+Return)"));
    auto *recordRow = new QHBoxLayout;
    recordRow->addStretch(1);
    recordRow->addWidget(m_record);
    layout->addLayout(recordRow);
    connect(m_record, &QPushButton::clicked, this, &SessionPanel::record);
    connect(m_text, &QLineEdit::returnPressed, this, &SessionPanel::record);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &SessionPanel::record);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SessionPanel::updateForm);

    auto *outcomesLabel = plain(this);
    outcomesLabel->setText(tr("Outcomes recorded under this item"));
    layout->addWidget(outcomesLabel);
    m_outcomes->setObjectName(QStringLiteral("sessionOutcomes"));
    m_outcomes->setAccessibleName(tr("Outcomes recorded under the current agenda item"));
    m_outcomes->setHeaderLabels({tr("Time"), tr("On"), tr("Outcome"), tr("Text")});
    m_outcomes->setRootIsDecorated(false);
    m_outcomes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_outcomes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_outcomes->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_outcomes->header()->setStretchLastSection(true);
    outcomesLabel->setBuddy(m_outcomes);
    layout->addWidget(m_outcomes, 1);
    updateForm();
}

void SessionPanel::setMeeting(const MeetingData &meeting) {
    const QString subject = m_subject->currentData().toString();
    m_meeting = meeting;
    const AgendaItem *item = m_meeting.agendaItem(m_meeting.currentItem);
    const QList<const AgendaItem *> flat = m_meeting.flatAgenda();
    m_itemNumber->setText(item ? item->id : QStringLiteral("\u2014"));
    m_itemTitle->setText(item ? item->title : tr("The meeting has not started"));
    m_previous->setEnabled(!m_readOnly && !flat.isEmpty() && (!item || flat.first() != item));
    m_next->setEnabled(!m_readOnly && !flat.isEmpty() && (!item || flat.last() != item));

    const QString selected =
        m_documents->currentItem() ? m_documents->currentItem()->text(0) : QString();
    m_documents->clear();
    m_subject->clear();
    if (item)
        m_subject->addItem(tr("Agenda item %1 itself").arg(item->id), QString());
    QList<QTreeWidgetItem *> rows;
    for (const Document &d : m_meeting.documents) {
        if (!item || m_meeting.effectiveAgendaItem(d) != item->id)
            continue;
        const Outcome *o = m_meeting.latestOutcome(d.number);
        auto *row = new QTreeWidgetItem(
            {d.number, d.title, d.source, o ? outcomeStatusText(*o) : QString()});
        row->setToolTip(1, d.title);
        rows << row;
        m_subject->addItem(d.number, d.number);
    }
    m_documents->addTopLevelItems(rows);
    for (QTreeWidgetItem *row : rows)
        if (row->text(0) == selected)
            m_documents->setCurrentItem(row);
    const int s = m_subject->findData(subject);
    if (s >= 0)
        m_subject->setCurrentIndex(s);

    m_outcomes->clear();
    const QLocale locale;
    for (const Outcome &o : m_meeting.outcomes) {
        if (!item || o.agendaItem != item->id)
            continue;
        m_outcomes->addTopLevelItem(new QTreeWidgetItem(
            {locale.toString(o.at.toLocalTime().time(), QLocale::ShortFormat),
             o.documents.isEmpty() ? tr("the item") : o.documents.join(QStringLiteral(", ")),
             outcomeStatusText(o), o.text}));
    }
    m_outcomes->scrollToBottom();
    setEnabled(!m_meeting.agenda.isEmpty());
    updateForm();
}

void SessionPanel::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    for (QWidget *w : std::initializer_list<QWidget *>{m_subject, m_status, m_target, m_text})
        w->setEnabled(!readOnly);
    setMeeting(m_meeting); // buttons
}

void SessionPanel::setSubjectDocument(const QString &number) {
    const int i = m_subject->findData(number);
    if (i >= 0)
        m_subject->setCurrentIndex(i);
}

void SessionPanel::updateForm() {
    const auto status = OutcomeStatus(m_status->currentData().toInt());
    const bool target = status == OutcomeStatus::Revised || status == OutcomeStatus::Merged;
    m_target->setEnabled(target && !m_readOnly);
    m_target->setPlaceholderText(status == OutcomeStatus::Merged ? tr("The number merged into")
                                                                 : tr("The next free number"));
    m_record->setEnabled(!m_readOnly && m_meeting.agendaItem(m_meeting.currentItem) != nullptr);
}

void SessionPanel::record() {
    if (!m_record->isEnabled())
        return;
    Outcome o;
    o.agendaItem = m_meeting.currentItem;
    const QString subject = m_subject->currentData().toString();
    if (!subject.isEmpty())
        o.documents = {subject};
    o.status = OutcomeStatus(m_status->currentData().toInt());
    if (m_target->isEnabled())
        o.target = m_target->text().trimmed();
    o.text = m_text->text().trimmed();
    emit recordRequested(o);
    m_text->clear();
    m_target->clear();
}

} // namespace Plenary
