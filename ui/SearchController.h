#pragma once

#include "Meeting.h"

#include <QObject>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;

namespace Plenary {

class AsyncIndexer;
class AsyncStore;
class SearchPanel;
class SearchResultModel;
struct SearchHit;

/// Full-text search in the main window: the Search dock (SearchPanel), its
/// action (Ctrl+Shift+F), and the index kept up to date in the background
/// (AsyncIndexer) each time the meeting is loaded or synced, with its
/// progress in the dock and the status bar.
class SearchController : public QObject {
    Q_OBJECT
public:
    SearchController(AsyncStore *store, QMainWindow *window);
    ~SearchController() override;

    QDockWidget *dock() const { return m_dock; }
    SearchPanel *panel() const { return m_panel; }
    SearchResultModel *model() const { return m_model; }
    AsyncIndexer *indexer() const { return m_indexer; }
    /// Shows the dock and puts the focus in its query field.
    QAction *searchAction() const { return m_action; }
    /// For the status bar: "Indexing 12 of 500" while it works.
    QLabel *statusLabel() const { return m_status; }

    /// The meeting shown: titles for the hits, and its index brought up to date.
    void setMeeting(const MeetingData &meeting);

Q_SIGNALS:
    /// A hit to open: @p page is 0-based.
    void openRequested(const QString &number, const QString &title, int page, const QString &term,
                       const QString &file);

private:
    void resultsArrived(const QString &query, const QList<SearchHit> &hits, const QString &error);

    AsyncStore *m_store;
    AsyncIndexer *m_indexer;
    SearchResultModel *m_model;
    SearchPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_action;
    QLabel *m_status;
    QString m_meetingId;
};

} // namespace Plenary
