#pragma once

#include "Meeting.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Plenary {

class AsyncStore;
struct SubmissionResult;

/// File -> Submit Contribution: the files of one contribution, the number
/// the secretariat gave (or a mail asking for one), the names they will get,
/// the deadline and whether it has passed; the upload itself runs in the
/// store's thread (AsyncStore::submit()), with progress, and can be stopped.
class SubmitDialog : public QDialog {
    Q_OBJECT
public:
    SubmitDialog(AsyncStore &store, const MeetingInfo &meeting, const QDateTime &now,
                 QWidget *parent = nullptr);

    void setFiles(const QStringList &files);
    void setNumber(const QString &number);
    void setFolder(const QString &url);

    QStringList files() const;

public Q_SLOTS:
    void reject() override;

private:
    void addFiles();
    void removeFiles();
    void requestNumber();
    void updatePreview();
    void startSubmission();
    void finished(const SubmissionResult &result);
    void setBusy(bool busy);

    AsyncStore &m_store;
    MeetingInfo m_meeting;
    QListWidget *m_files;
    QLineEdit *m_number;
    QLineEdit *m_folder;
    QLabel *m_names;
    QLabel *m_deadline;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_submit;
    QPushButton *m_request;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace Plenary
