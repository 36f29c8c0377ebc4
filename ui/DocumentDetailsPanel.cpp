#include "DocumentDetailsPanel.h"

#include "Meeting.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Plenary {

namespace {
QLabel *plainLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // titles come from servers: never rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}
} // namespace

DocumentDetailsPanel::DocumentDetailsPanel(QWidget *parent)
    : QWidget(parent) {
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_hint = plainLabel(content);
    m_hint->setText(tr("Select a document to see its details."));
    m_hint->setEnabled(false);
    layout->addWidget(m_hint);

    m_body = new QWidget(content);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_number = plainLabel(m_body);
    m_number->setObjectName(QStringLiteral("detailsNumber"));
    QFont f = m_number->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    m_number->setFont(f);
    m_title = plainLabel(m_body);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.1);
    m_title->setFont(tf);
    bodyLayout->addWidget(m_number);
    bodyLayout->addWidget(m_title);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    bodyLayout->addLayout(m_form);
    m_source = addRow(tr("Source:"));
    m_type = addRow(tr("Type:"));
    m_workingGroup = addRow(tr("Working group:"));
    m_agendaItem = addRow(tr("Agenda item:"));
    m_received = addRow(tr("Received:"));
    m_outcome = addRow(tr("Outcome:"));
    m_replaces = addRow(tr("Revisions:"));
    m_files = addRow(tr("Files:"));
    m_abstract = addRow(tr("Abstract:"));
    bodyLayout->addStretch(1);
    layout->addWidget(m_body);
    m_body->hide();
    scroll->setWidget(content);
}

QLabel *DocumentDetailsPanel::addRow(const QString &label) {
    auto *field = plainLabel(m_body);
    auto *name = plainLabel(m_body);
    name->setText(label);
    name->setBuddy(field);
    m_form->addRow(name, field);
    return field;
}

void DocumentDetailsPanel::showDocument(const MeetingData &meeting, const Document *doc) {
    m_hint->setVisible(!doc);
    m_body->setVisible(doc);
    if (!doc)
        return;
    const QLocale locale;
    m_number->setText(doc->number);
    m_title->setText(doc->title);
    m_source->setText(doc->source);
    m_type->setText(doc->purpose == Purpose::Unspecified
                        ? label(doc->type)
                        : tr("%1, for %2").arg(label(doc->type), label(doc->purpose).toLower()));

    auto setRow = [this](QLabel *field, const QString &text) {
        field->setText(text);
        m_form->setRowVisible(field, !text.isEmpty());
    };

    const QString wgId = meeting.effectiveWorkingGroup(*doc);
    const WorkingGroup *wg = meeting.workingGroup(wgId);
    setRow(m_workingGroup, wg ? tr("%1 - %2").arg(wg->id, wg->title)
                              : (wgId.isEmpty() ? tr("not allocated") : wgId));
    const QString itemId = meeting.effectiveAgendaItem(*doc);
    const AgendaItem *item = meeting.agendaItem(itemId);
    setRow(m_agendaItem, item ? tr("%1 - %2").arg(item->id, item->title) : itemId);

    QString received = doc->received.isValid()
                           ? locale.toString(doc->received.toUTC(), QLocale::LongFormat)
                           : QString();
    if (meeting.isLate(*doc))
        received +=
            QLatin1Char('\n') +
            tr("after the contribution deadline of %1")
                .arg(locale.toString(meeting.meeting.contributionDeadline, QLocale::LongFormat));
    setRow(m_received, received);

    const Outcome *o = meeting.latestOutcome(doc->number);
    setRow(m_outcome,
           o ? (o->text.isEmpty() ? label(o->status) : tr("%1: %2").arg(label(o->status), o->text))
             : QString());

    QStringList revisions;
    if (!doc->replaces.isEmpty())
        revisions << tr("replaces %1").arg(doc->replaces);
    if (!doc->replacedBy.isEmpty())
        revisions << tr("replaced by %1").arg(doc->replacedBy);
    setRow(m_replaces, revisions.join(QLatin1Char('\n')));

    QStringList files;
    for (const DocumentFile &f : doc->files)
        files << (f.size >= 0 ? tr("%1 (%2)").arg(f.name, locale.formattedDataSize(f.size))
                              : f.name);
    setRow(m_files, files.join(QLatin1Char('\n')));
    setRow(m_abstract, doc->abstract);
}

} // namespace Plenary
