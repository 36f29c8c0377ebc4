#include "MeetingInfoDialog.h"

#include "Meeting.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Plenary {

namespace {
QLabel *plainLabel(const QString &text) {
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

MeetingInfoDialog::MeetingInfoDialog(const MeetingData &m, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Meeting Information"));
    const QLocale locale;
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    auto *form = new QFormLayout;
    auto add = [form](const QString &label, const QString &value) {
        if (!value.isEmpty())
            form->addRow(label, plainLabel(value));
    };
    add(tr("Meeting:"), m.meeting.title);
    add(tr("Group:"), m.meeting.group);
    add(tr("Venue:"), m.meeting.venue);
    if (m.meeting.start.isValid())
        add(tr("Dates:"), tr("%1 to %2")
                              .arg(locale.toString(m.meeting.start, QLocale::LongFormat),
                                   locale.toString(m.meeting.end, QLocale::LongFormat)));
    if (m.meeting.contributionDeadline.isValid())
        add(tr("Contribution deadline:"),
            locale.toString(m.meeting.contributionDeadline, QLocale::LongFormat));
    add(tr("Languages:"), m.meeting.languages.join(QStringLiteral(", ")));
    add(tr("Chairman:"), m.meeting.chair.displayName());
    QStringList vice;
    for (const Person &p : m.meeting.viceChairs)
        vice << p.displayName();
    add(tr("Vice-chairmen:"), vice.join(QLatin1Char('\n')));
    add(tr("Secretariat:"), m.meeting.secretariatEmail);
    add(tr("Drop folder:"), m.meeting.dropFolder);
    add(tr("Document numbers:"), m.meeting.documentPrefix.isEmpty()
                                     ? QString()
                                     : m.meeting.documentPrefix + QStringLiteral("nnnn"));
    layout->addLayout(form);

    for (const WorkingGroup &wg : m.workingGroups) {
        auto *box = new QGroupBox(tr("%1 - %2").arg(wg.id, wg.title), content);
        auto *boxForm = new QFormLayout(box);
        QStringList leaders;
        for (const Person &p : wg.leaders)
            leaders << p.displayName();
        boxForm->addRow(tr("Leaders:"),
                        plainLabel(leaders.isEmpty() ? tr("to be nominated")
                                                     : leaders.join(QLatin1Char('\n'))));
        if (!wg.termsOfReference.isEmpty())
            boxForm->addRow(tr("Terms of reference:"), plainLabel(wg.termsOfReference));
        layout->addWidget(box);
    }
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    resize(640, 560);
}

} // namespace Plenary
