#pragma once

#include "Meeting.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace Plenary {

/// The chairman's console for the item under discussion: the current agenda
/// item with previous / next, its documents with their outcomes, and a form
/// to record an outcome on a document or on the item itself. It shows the
/// meeting it is given and asks for changes through signals; the store
/// decides.
class SessionPanel : public QWidget {
    Q_OBJECT
public:
    explicit SessionPanel(QWidget *parent = nullptr);

    void setMeeting(const MeetingData &meeting);
    /// Preselects a document as the subject of the next outcome.
    void setSubjectDocument(const QString &number);
    /// A delegate following the chairman sees the session, edits nothing.
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void previousRequested();
    void nextRequested();
    /// An outcome to record (without uid or time: the caller sets them).
    void recordRequested(const Plenary::Outcome &outcome);

private:
    void updateForm();
    void record();

    MeetingData m_meeting;
    bool m_readOnly = false;
    QLabel *m_itemNumber;
    QLabel *m_itemTitle;
    QToolButton *m_previous;
    QToolButton *m_next;
    QTreeWidget *m_documents;
    QComboBox *m_subject;
    QComboBox *m_status;
    QLineEdit *m_target;
    QLineEdit *m_text;
    QPushButton *m_record;
    QTreeWidget *m_outcomes;
};

} // namespace Plenary
