#pragma once

#include "Meeting.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Plenary {

/// Drafts or edits an outgoing liaison statement with the fields of the
/// ITU-T template: title, questions, to (several, from a list or typed),
/// cc, for (action / comment / information), deadline, contact, body,
/// attachments (meeting documents), liaison officer, status and the agenda
/// item it is drafted under.
class LiaisonDialog : public QDialog {
    Q_OBJECT
public:
    LiaisonDialog(const MeetingData &meeting, const LiaisonStatement &liaison,
                  QWidget *parent = nullptr);

    /// What the dialog holds now.
    LiaisonStatement liaison() const;

    void accept() override;

private:
    void addBody(const QString &body);
    void addAgendaItems(const MeetingData &meeting);

    LiaisonStatement m_original;
    QLineEdit *m_title;
    QLineEdit *m_questions;
    QListWidget *m_to;
    QComboBox *m_addTo;
    QLineEdit *m_cc;
    QComboBox *m_purpose;
    QLineEdit *m_from;
    QLineEdit *m_approval;
    QCheckBox *m_hasDeadline;
    QDateEdit *m_deadline;
    QLineEdit *m_contactName;
    QLineEdit *m_contactOrganization;
    QLineEdit *m_contactEmail;
    QPlainTextEdit *m_body;
    QLineEdit *m_attachments;
    QLineEdit *m_officer;
    QComboBox *m_status;
    QComboBox *m_agendaItem;
    QStringList m_documents;
};

} // namespace Plenary
