#pragma once

#include "Meeting.h"
#include "Session.h"
#include "SyncOptions.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QListView;
class QLineEdit;
class QSettings;
class QSplitter;
class QToolButton;
class QTreeView;
class QTimer;

namespace Plenary {

class AgendaModel;
class AsyncStore;
class DocumentDetailsPanel;
class DocumentFilterModel;
class DocumentTableModel;
class DocumentTableView;
class LibraryFilterButton;
class ReaderTabs;
class NotesPanel;
class AppSettings;
class ReportsController;
class SettingsDialog;
class SearchController;
class SessionController;
class SessionPanel;
class WorkingGroupModel;
class SyncStatusWidget;
struct SyncResult;

/// The main window: the agenda tree on the left, the document table with
/// its quick filter on the right, the selected document's details below.
/// It shows what AsyncStore loads and forwards the user's requests.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(AsyncStore *store, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    AgendaModel *agendaModel() const { return m_agendaModel; }
    DocumentTableModel *documentModel() const { return m_documentModel; }
    DocumentFilterModel *filterModel() const { return m_filterModel; }
    QTreeView *agendaView() const { return m_agendaView; }
    DocumentTableView *documentView() const { return m_documentView; }
    WorkingGroupModel *workingGroupModel() const { return m_groupModel; }
    QListView *workingGroupView() const { return m_groupView; }
    SessionController *session() const { return m_session; }
    ReportsController *reports() const { return m_reports; }
    SearchController *search() const { return m_search; }
    NotesPanel *notesPanel() const { return m_notes; }
    QDockWidget *notesDock() const { return m_notesDock; }
    ReaderTabs *readers() const { return m_readers; }
    SessionPanel *sessionPanel() const { return m_sessionPanel; }
    LibraryFilterButton *libraryFilter() const { return m_libraryFilter; }
    /// The documents selected in the table (or the current one).
    QStringList selectedDocuments() const;

    /// Opens the document of a row of the table in a reader tab.
    void openDocumentAt(const QModelIndex &index);
    /// Selects an agenda item (and so filters the table); empty shows all.
    void selectAgendaItem(const QString &id);

public Q_SLOTS:
    void showAbout();
    void showMeetingInfo();
    void importMeeting();
    void openMeetingFromUrl();
    /// Opens the meeting folder at @p url and syncs it, as Open Meeting
    /// from URL does (and `plenary URL`); a bad address is said in a message.
    void openUrl(const QString &address);
    /// Syncs the current meeting from where it came from (if it did).
    void syncNow();
    /// File -> Submit Contribution (SubmitDialog).
    void submitContribution();
    /// Opens the Settings dialog (MainWindowSettings.cpp).
    void showSettings();

Q_SIGNALS:
    /// A meeting has been loaded and is on screen.
    void meetingShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    QWidget *createHeader();
    QWidget *createAgendaPane();
    QWidget *createDocumentPane();
    void showMeeting(const MeetingData &meeting);
    void showError(const QString &message);
    void sessionChanged(const Plenary::SessionState &session);
    void updateScope();
    void updateDetails();
    void createNotesDock();
    void syncFinished(const SyncResult &result);
    void autoSync();
    void updateActions();
    void saveWindowState();
    void applySettings();
    SyncOptions syncOptions() const;
    void restoreWindowState();

    AsyncStore *m_store;
    QSettings *m_settings;
    AppSettings *m_appSettings;
    QPointer<SettingsDialog> m_settingsDialog;
    AgendaModel *m_agendaModel;
    DocumentTableModel *m_documentModel;
    DocumentFilterModel *m_filterModel;
    WorkingGroupModel *m_groupModel;
    SessionController *m_session;
    ReportsController *m_reports;
    SearchController *m_search;
    NotesPanel *m_notes = nullptr;
    QDockWidget *m_notesDock = nullptr;
    ReaderTabs *m_readers = nullptr;
    LibraryFilterButton *m_libraryFilter = nullptr;
    QList<QAction *> m_libraryActions; ///< live only while the library tab is shown
    SessionPanel *m_sessionPanel = nullptr;
    QDockWidget *m_sessionDock = nullptr;
    QListView *m_groupView = nullptr;
    QAction *m_copyAction = nullptr;

    QLabel *m_headerTitle = nullptr;
    QLabel *m_headerSubtitle = nullptr;
    QTreeView *m_agendaView = nullptr;
    DocumentTableView *m_documentView = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QToolButton *m_showAllButton = nullptr;
    DocumentDetailsPanel *m_details = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QLabel *m_statusLabel = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_submitAction = nullptr;
    QTimer *m_autoSyncTimer = nullptr;
    QUrl m_sourceUrl;
    bool m_syncing = false;
    QString m_selectedAgendaItem;
    bool m_loaded = false;
    bool m_defaultColumnsPending = false;
};

} // namespace Plenary
