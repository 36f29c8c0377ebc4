#pragma once

#include "Meeting.h"
#include "ReportExporter.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QMenu;
class QMenuBar;
class QWidget;

namespace Plenary {

class AsyncStore;
class ReportWindow;

/// The meeting's outputs in the main window: the Reports menu (the meeting
/// report, a report per working group, each in its own ReportWindow) and
/// File -> Export (reports and outgoing liaison statements to PDF, ODT or
/// Markdown, on the store's worker thread).
class ReportsController : public QObject {
    Q_OBJECT
public:
    ReportsController(AsyncStore *store, QWidget *window);

    void addExportMenu(QMenu *file);
    void addReportsMenu(QMenuBar *bar);
    /// Keeps the working-group and liaison-statement menus current.
    void setMeeting(const MeetingData &meeting);

    /// Opens (or raises) the report's window; @p reportId is Report::id().
    ReportWindow *openReport(const QString &reportId);
    /// Asks for a file, then exports; @p outputId as AsyncStore::exportOutput().
    void exportOutput(const QString &outputId, const QString &suggestedName);
    /// Closes every report window (each saves what is not saved yet).
    void closeAll();

Q_SIGNALS:
    void message(const QString &text);

private:
    void rebuildMenus();

    AsyncStore *m_store;
    QWidget *m_window;
    MeetingData m_meeting;
    QHash<QString, QPointer<ReportWindow>> m_windows;
    QSet<QString> m_exports; ///< paths being exported from here
    QMenu *m_wgReports = nullptr;
    QMenu *m_wgExports = nullptr;
    QMenu *m_lsExports = nullptr;
};

} // namespace Plenary
