#include "SubmitDialog.h"

#include "AsyncStore.h"
#include "LoginDialog.h"
#include "Submission.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace Plenary {

SubmitDialog::SubmitDialog(AsyncStore &store, const MeetingInfo &meeting, const QDateTime &now,
                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_meeting(meeting)
    , m_files(new QListWidget(this))
    , m_number(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_names(new QLabel(this))
    , m_deadline(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this)) {
    setObjectName(QStringLiteral("submitDialog"));
    setWindowTitle(tr("Submit Contribution"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText); // the title comes from the meeting's server
    intro->setWordWrap(true);
    intro->setText(tr("The files of one contribution to %1 go to the meeting's drop folder, "
                      "named with the number the secretariat gave. A name already taken "
                      "stops the submission before anything is sent.")
                       .arg(meeting.title.isEmpty() ? meeting.id : meeting.title));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_files->setObjectName(QStringLiteral("files"));
    m_files->setAccessibleName(tr("Files"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->setMinimumHeight(fontMetrics().height() * 5);
    auto *fileButtons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add Files..."), this);
    add->setObjectName(QStringLiteral("addFiles"));
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(QStringLiteral("removeFiles"));
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    fileButtons->addStretch();
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(fileButtons);
    auto *filesLabel = new QLabel(tr("&Files:"), this);
    filesLabel->setBuddy(m_files);
    form->addRow(filesLabel, filesRow);

    m_number->setObjectName(QStringLiteral("number"));
    m_number->setAccessibleName(tr("Document number"));
    m_number->setPlaceholderText(
        meeting.documentPrefix.isEmpty()
            ? tr("as given by the secretariat")
            : tr("e.g. 42 or %1").arg(meeting.documentPrefix + QStringLiteral("0042")));
    m_request = new QPushButton(tr("&Request a Number..."), this);
    m_request->setObjectName(QStringLiteral("requestNumber"));
    m_request->setEnabled(!meeting.secretariatEmail.isEmpty());
    m_request->setToolTip(meeting.secretariatEmail.isEmpty()
                              ? tr("The meeting names no secretariat address.")
                              : tr("Writes an e-mail to %1 asking for a number for these files.")
                                    .arg(meeting.secretariatEmail));
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_request);
    auto *numberLabel = new QLabel(tr("&Number:"), this);
    numberLabel->setBuddy(m_number);
    form->addRow(numberLabel, numberRow);

    m_names->setObjectName(QStringLiteral("names"));
    m_names->setTextFormat(Qt::PlainText);
    m_names->setWordWrap(true);
    m_names->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Uploaded as:"), m_names);

    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setAccessibleName(tr("Drop folder"));
    m_folder->setText(meeting.dropFolder);
    m_folder->setPlaceholderText(QStringLiteral("ftp://… https://…"));
    auto *folderLabel = new QLabel(tr("&Drop folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, m_folder);

    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setTextFormat(Qt::PlainText);
    m_deadline->setWordWrap(true);
    const QDateTime deadline = Submitter::deadline(meeting);
    if (!deadline.isValid()) {
        m_deadline->setText(tr("The meeting gives no deadline."));
    } else {
        const QString day = QLocale().toString(deadline.addSecs(-1).date(), QLocale::LongFormat);
        const qint64 late = deadline.secsTo(now);
        if (late > 0) {
            m_deadline->setText(tr("%1 (end of the day, UTC): passed %2 ago. The secretariat "
                                   "may not accept the contribution for this meeting.")
                                    .arg(day, Submitter::durationText(late)));
            QPalette warning = m_deadline->palette();
            warning.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x00));
            m_deadline->setPalette(warning);
        } else {
            m_deadline->setText(
                tr("%1 (end of the day, UTC): %2 left.").arg(day, Submitter::durationText(-late)));
        }
    }
    form->addRow(tr("Deadline:"), m_deadline);
    layout->addLayout(form);

    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Upload progress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText); // server replies and file names
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = m_buttons->addButton(tr("&Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submit"));
    m_submit->setDefault(true);
    layout->addWidget(m_buttons);

    connect(add, &QPushButton::clicked, this, &SubmitDialog::addFiles);
    connect(remove, &QPushButton::clicked, this, &SubmitDialog::removeFiles);
    connect(m_request, &QPushButton::clicked, this, &SubmitDialog::requestNumber);
    connect(m_number, &QLineEdit::textChanged, this, &SubmitDialog::updatePreview);
    connect(m_folder, &QLineEdit::textChanged, this, &SubmitDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubmitDialog::startSubmission);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SubmitDialog::reject);
    connect(&m_store, &AsyncStore::submissionStep, this,
            [this](const QString &text) { m_status->setText(text); });
    connect(&m_store, &AsyncStore::submissionProgress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(&m_store, &AsyncStore::submissionFinished, this, &SubmitDialog::finished);
    updatePreview();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 80, 0)));
}

void SubmitDialog::setFiles(const QStringList &files) {
    m_files->clear();
    for (const QString &f : files) {
        auto *item = new QListWidgetItem(QFileInfo(f).fileName(), m_files);
        item->setData(Qt::UserRole, f);
        item->setToolTip(f);
    }
    updatePreview();
}

void SubmitDialog::setNumber(const QString &number) {
    m_number->setText(number);
}

void SubmitDialog::setFolder(const QString &url) {
    m_folder->setText(url);
}

QStringList SubmitDialog::files() const {
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out << m_files->item(i)->data(Qt::UserRole).toString();
    return out;
}

void SubmitDialog::addFiles() {
    const QStringList chosen = QFileDialog::getOpenFileNames(
        this, tr("Files of the Contribution"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!chosen.isEmpty())
        setFiles(files() + chosen);
}

void SubmitDialog::removeFiles() {
    qDeleteAll(m_files->selectedItems());
    updatePreview();
}

void SubmitDialog::requestNumber() {
    QDesktopServices::openUrl(Submitter::numberRequest(m_meeting, files()));
}

void SubmitDialog::updatePreview() {
    if (m_busy)
        return;
    m_done = false;
    QString error;
    const QString number = m_number->text().trimmed().isEmpty()
                               ? QString()
                               : Submitter::documentNumber(m_meeting, m_number->text(), &error);
    QStringList names;
    bool ok = !number.isEmpty() && m_files->count() > 0 && !m_folder->text().trimmed().isEmpty();
    for (const QString &f : files()) {
        const QString name =
            Submitter::remoteName(number.isEmpty() ? QStringLiteral("…") : number, f);
        if (name.isEmpty()) {
            error = tr("%1 has no file name extension (such as .docx or .pdf).")
                        .arg(QFileInfo(f).fileName());
            ok = false;
        } else if (names.contains(name)) {
            error = tr("Two files would both be named %1.").arg(name);
            ok = false;
        }
        names << name;
    }
    m_names->setText(!error.isEmpty()   ? error
                     : names.isEmpty()  ? tr("Add the files of the contribution.")
                     : number.isEmpty() ? tr("Give the number the secretariat sent.")
                                        : names.join(QStringLiteral(", ")));
    m_submit->setEnabled(ok && error.isEmpty());
}

void SubmitDialog::startSubmission() {
    if (m_done) {
        accept();
        return;
    }
    setBusy(true);
    m_status->setText(tr("Starting…"));
    m_progress->setRange(0, 0);
    m_store.submit(files(), m_number->text(), QUrl::fromUserInput(m_folder->text().trimmed()));
}

void SubmitDialog::reject() {
    // Cancel, Esc or the window's close button: an upload under way stops
    // (queued before anything a later window asks for).
    if (m_busy)
        m_store.cancelSubmission();
    m_busy = false;
    QDialog::reject();
}

void SubmitDialog::setBusy(bool busy) {
    m_busy = busy;
    m_progress->setVisible(busy);
    m_submit->setEnabled(!busy);
    m_files->setEnabled(!busy);
    m_number->setEnabled(!busy);
    m_folder->setEnabled(!busy);
    m_request->setEnabled(!busy && !m_meeting.secretariatEmail.isEmpty());
}

void SubmitDialog::finished(const SubmissionResult &result) {
    if (!m_busy)
        return; // another window's submission
    setBusy(false);
    if (result.authenticationRequired && !result.cancelled) {
        const QUrl folder = QUrl::fromUserInput(m_folder->text().trimmed());
        auto *login = new LoginDialog(folder, result.error, this);
        login->setAttribute(Qt::WA_DeleteOnClose);
        connect(login, &QDialog::accepted, this, [this, login, folder] {
            m_store.setCredentials(folder, login->user(), login->password(), login->remember());
            startSubmission();
        });
        login->open();
        return;
    }
    if (!result.ok) {
        m_status->setText(result.cancelled ? tr("Stopped; what was uploaded stays there.")
                                           : result.error);
        updatePreview();
        return;
    }
    QStringList names;
    for (const SubmissionRecord &r : result.submitted)
        names << r.name;
    m_status->setText(
        tr("Submitted and checked on the server: %1.").arg(names.join(QStringLiteral(", "))));
    m_done = true;
    m_submit->setText(tr("&Close"));
    m_submit->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
}

} // namespace Plenary
