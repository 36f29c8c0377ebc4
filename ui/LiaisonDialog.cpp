#include "LiaisonDialog.h"

#include "ReportTemplate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Plenary {

namespace {
QStringList splitList(const QString &text) {
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}
} // namespace

LiaisonDialog::LiaisonDialog(const MeetingData &meeting, const LiaisonStatement &l, QWidget *parent)
    : QDialog(parent)
    , m_original(l)
    , m_title(new QLineEdit(this))
    , m_questions(new QLineEdit(this))
    , m_to(new QListWidget(this))
    , m_addTo(new QComboBox(this))
    , m_cc(new QLineEdit(this))
    , m_purpose(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_approval(new QLineEdit(this))
    , m_hasDeadline(new QCheckBox(tr("&Deadline:"), this))
    , m_deadline(new QDateEdit(this))
    , m_contactName(new QLineEdit(this))
    , m_contactOrganization(new QLineEdit(this))
    , m_contactEmail(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_attachments(new QLineEdit(this))
    , m_officer(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_agendaItem(new QComboBox(this)) {
    setObjectName(QStringLiteral("liaisonDialog"));
    setWindowTitle(tr("Liaison Statement %1").arg(l.id));
    for (const Document &d : meeting.documents)
        m_documents << d.number;

    auto *form = new QFormLayout;
    m_title->setObjectName(QStringLiteral("liaisonTitle"));
    m_title->setText(l.title);
    form->addRow(tr("&Title:"), m_title);
    m_questions->setText(l.questions.join(QStringLiteral(", ")));
    m_questions->setPlaceholderText(tr("e.g. Q1/17, Q2/17"));
    form->addRow(tr("&Question(s):"), m_questions);
    m_from->setText(l.from.isEmpty() ? meeting.meeting.group : l.from);
    form->addRow(tr("&From:"), m_from);

    // The agenda item it is drafted under: the meeting report lists it there.
    m_agendaItem->setObjectName(QStringLiteral("liaisonAgendaItem"));
    // Long item titles must not widen the dialog; the popup shows them whole.
    m_agendaItem->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agendaItem->setMinimumContentsLength(30);
    m_agendaItem->addItem(tr("(none)"), QString());
    addAgendaItems(meeting);
    m_agendaItem->setCurrentIndex(qMax(0, m_agendaItem->findData(l.agendaItem)));
    form->addRow(tr("Agenda &item:"), m_agendaItem);

    // Addressees: picked from the usual bodies or typed, several allowed.
    m_to->setObjectName(QStringLiteral("liaisonTo"));
    m_to->addItems(l.to);
    m_to->setMaximumHeight(fontMetrics().height() * 5);
    m_to->setAccessibleName(tr("Addressees"));
    m_addTo->setObjectName(QStringLiteral("liaisonAddTo"));
    m_addTo->setEditable(true);
    m_addTo->addItems(knownLiaisonBodies());
    m_addTo->setCurrentText({});
    m_addTo->lineEdit()->setPlaceholderText(tr("A body from the list, or type one"));
    m_addTo->setAccessibleName(tr("New addressee"));
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString body = m_addTo->currentText().trimmed();
        if (!body.isEmpty())
            addBody(body);
        m_addTo->setCurrentText({});
    });
    connect(m_addTo->lineEdit(), &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_to->currentItem(); });
    auto *toBox = new QVBoxLayout;
    toBox->addWidget(m_to);
    auto *toRow = new QHBoxLayout;
    toRow->addWidget(m_addTo, 1);
    toRow->addWidget(add);
    toRow->addWidget(remove);
    toBox->addLayout(toRow);
    auto *toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_to);
    form->addRow(toLabel, toBox);
    m_cc->setText(l.cc.join(QStringLiteral(", ")));
    form->addRow(tr("&Cc:"), m_cc);

    for (const auto &[wire, text] :
         {std::pair{"action", QT_TR_NOOP("Action")}, std::pair{"comment", QT_TR_NOOP("Comment")},
          std::pair{"information", QT_TR_NOOP("Information")}})
        m_purpose->addItem(tr(text), QString::fromLatin1(wire));
    m_purpose->setCurrentIndex(qMax(
        0, m_purpose->findData(l.purpose.isEmpty() ? QStringLiteral("information") : l.purpose)));
    form->addRow(tr("For:"), m_purpose);
    m_approval->setText(!l.approval.isEmpty() ? l.approval
                                              : ReportTemplate::defaultApproval(meeting.meeting));
    form->addRow(tr("A&pproval:"), m_approval);
    m_deadline->setCalendarPopup(true);
    m_deadline->setDate(l.deadline.isValid()
                            ? l.deadline
                            : (meeting.meeting.end.isValid() ? meeting.meeting.end.addMonths(3)
                                                             : QDate::currentDate().addMonths(3)));
    m_hasDeadline->setChecked(l.deadline.isValid());
    m_deadline->setEnabled(l.deadline.isValid());
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    m_deadline->setAccessibleName(tr("Deadline"));
    form->addRow(m_hasDeadline, m_deadline);

    const Person contact = l.contact.name.isEmpty() ? meeting.meeting.chair : l.contact;
    m_contactName->setText(contact.name);
    m_contactOrganization->setText(contact.organization);
    m_contactEmail->setText(contact.email);
    m_contactName->setPlaceholderText(tr("Name"));
    m_contactOrganization->setPlaceholderText(tr("Organization"));
    m_contactEmail->setPlaceholderText(tr("E-mail"));
    // A screen reader says what each of the three boxes of the row is.
    m_contactName->setAccessibleName(m_contactName->placeholderText());
    m_contactOrganization->setAccessibleName(m_contactOrganization->placeholderText());
    m_contactEmail->setAccessibleName(m_contactEmail->placeholderText());
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contactName);
    contactRow->addWidget(m_contactOrganization);
    contactRow->addWidget(m_contactEmail);
    auto *contactLabel = new QLabel(tr("Co&ntact:"), this);
    contactLabel->setBuddy(m_contactName);
    form->addRow(contactLabel, contactRow);

    m_body->setObjectName(QStringLiteral("liaisonBody"));
    m_body->setPlainText(l.body);
    m_body->setTabChangesFocus(true);
    form->addRow(tr("&Body:"), m_body);
    m_attachments->setText(l.attachments.join(QStringLiteral(", ")));
    m_attachments->setPlaceholderText(tr("Meeting documents, e.g. FG-Smart-I-0012"));
    form->addRow(tr("Attach&ments:"), m_attachments);
    m_officer->setText(l.officer);
    form->addRow(tr("&Liaison officer:"), m_officer);
    for (const QString &wire : wireNames(LiaisonStatus{}))
        m_status->addItem(label(*liaisonStatusFromWire(wire)), wire);
    m_status->setCurrentIndex(m_status->findData(wireName(l.status)));
    form->addRow(tr("&Status:"), m_status);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
}

void LiaisonDialog::addAgendaItems(const MeetingData &meeting) {
    for (const AgendaItem *item : meeting.flatAgenda()) {
        // Indented like the agenda tree (an item's depth is its id's:
        // "6.a.i"); the text is plain (a combo box does not interpret
        // markup), the id is the item's data.
        const int depth = int(item->id.count(QLatin1Char('.')));
        m_agendaItem->addItem(QString(depth * 2, QLatin1Char(' ')) +
                                  tr("%1 %2").arg(item->id, item->title),
                              item->id);
    }
}

void LiaisonDialog::addBody(const QString &body) {
    for (int i = 0; i < m_to->count(); ++i)
        if (m_to->item(i)->text() == body)
            return;
    m_to->addItem(body);
}

LiaisonStatement LiaisonDialog::liaison() const {
    LiaisonStatement l = m_original;
    l.title = m_title->text().trimmed();
    l.questions = splitList(m_questions->text());
    l.to.clear();
    for (int i = 0; i < m_to->count(); ++i)
        l.to << m_to->item(i)->text();
    l.cc = splitList(m_cc->text());
    l.purpose = m_purpose->currentData().toString();
    l.from = m_from->text().trimmed();
    l.approval = m_approval->text().trimmed();
    l.deadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    l.contact = {m_contactName->text().trimmed(), m_contactOrganization->text().trimmed(),
                 m_contactEmail->text().trimmed()};
    l.body = m_body->toPlainText();
    l.attachments = splitList(m_attachments->text());
    l.officer = m_officer->text().trimmed();
    l.status = *liaisonStatusFromWire(m_status->currentData().toString());
    l.agendaItem = m_agendaItem->currentData().toString();
    return l;
}

void LiaisonDialog::accept() {
    const LiaisonStatement l = liaison();
    QString problem;
    if (l.title.isEmpty())
        problem = tr("A liaison statement needs a title.");
    else if (l.to.isEmpty())
        problem = tr("A liaison statement needs at least one addressee (To).");
    for (const QString &a : l.attachments)
        if (problem.isEmpty() && !m_documents.contains(a))
            problem = tr("%1 is not a document of this meeting.").arg(a);
    if (!problem.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, windowTitle(), problem, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText); // a number typed by the user
        box.exec();
        return;
    }
    QDialog::accept();
}

} // namespace Plenary
