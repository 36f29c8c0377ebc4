#include "ReportsController.h"

#include "MenuText.h"

#include "AsyncStore.h"
#include "ReportTemplate.h"
#include "ReportWindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Plenary {

ReportsController::ReportsController(AsyncStore *store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window) {
    connect(m_store, &AsyncStore::exportFinished, this,
            [this](const QString &path, bool ok, const QString &error) {
                if (!m_exports.remove(path))
                    return; // a report window's own export
                if (ok) {
                    emit message(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
                    return;
                }
                QMessageBox box(QMessageBox::Warning, tr("Export"),
                                tr("Nothing was exported.\n\n%1").arg(error), QMessageBox::Ok,
                                m_window);
                box.setTextFormat(Qt::PlainText);
                box.exec();
            });
}

void ReportsController::addReportsMenu(QMenuBar *bar) {
    QMenu *reports = bar->addMenu(tr("&Reports"));
    reports->addAction(tr("&Meeting Report"), this, [this] { openReport(Report::meetingId()); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_wgReports = reports->addMenu(tr("&Working-Group Report"));
    rebuildMenus();
}

void ReportsController::addExportMenu(QMenu *file) {
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&Meeting Report..."), this, [this] {
        exportOutput(Report::meetingId(), ReportTemplate::title(m_meeting));
    });
    m_wgExports = exportMenu->addMenu(tr("&Working-Group Report"));
    m_lsExports = exportMenu->addMenu(tr("&Liaison Statement"));
    exportMenu->addSeparator();
    exportMenu->addAction(tr("My &Notes..."), this, [this] {
        exportOutput(QStringLiteral("notes"), tr("My notes %1").arg(m_meeting.meeting.id));
    });
    rebuildMenus();
}

void ReportsController::setMeeting(const MeetingData &meeting) {
    const bool changed = meeting.workingGroups != m_meeting.workingGroups ||
                         meeting.liaisons != m_meeting.liaisons ||
                         !(meeting.meeting == m_meeting.meeting);
    m_meeting = meeting;
    if (changed)
        rebuildMenus();
}

void ReportsController::rebuildMenus() {
    if (m_wgReports) {
        m_wgReports->clear();
        for (const WorkingGroup &g : m_meeting.workingGroups)
            m_wgReports->addAction(tr("%1: %2").arg(menuText(g.id), menuText(g.title)), this,
                                   [this, id = g.id] { openReport(Report::workingGroupId(id)); });
        m_wgReports->setEnabled(!m_meeting.workingGroups.isEmpty());
    }
    if (m_wgExports) {
        m_wgExports->clear();
        for (const WorkingGroup &g : m_meeting.workingGroups)
            m_wgExports->addAction(
                tr("%1: %2...").arg(menuText(g.id), menuText(g.title)), this, [this, id = g.id] {
                    exportOutput(Report::workingGroupId(id), ReportTemplate::title(m_meeting, id));
                });
        m_wgExports->setEnabled(!m_meeting.workingGroups.isEmpty());
    }
    if (m_lsExports) {
        m_lsExports->clear();
        for (const LiaisonStatement &l : m_meeting.liaisons)
            m_lsExports->addAction(tr("%1: %2...").arg(menuText(l.id), menuText(l.title)), this,
                                   [this, l] {
                                       exportOutput(QStringLiteral("ls:") + l.id,
                                                    ReportTemplate::liaisonFileName(m_meeting, l));
                                   });
        m_lsExports->setEnabled(!m_meeting.liaisons.isEmpty());
    }
}

ReportWindow *ReportsController::openReport(const QString &reportId) {
    if (ReportWindow *open = m_windows.value(reportId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *w = new ReportWindow(m_store, reportId, m_window);
    w->setWindowFlag(Qt::Window);
    m_windows.insert(reportId, w);
    w->show();
    return w;
}

void ReportsController::exportOutput(const QString &outputId, const QString &suggestedName) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString pdf = tr("PDF (*.pdf)"), odt = tr("OpenDocument text (*.odt)"),
                  md = tr("Markdown (*.md)");
    QString filter = pdf;
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export"),
                                     QDir(dir).filePath(ReportExporter::suggestedFileName(
                                         suggestedName, ReportExporter::Format::Pdf)),
                                     QStringList{pdf, odt, md}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    auto format = ReportExporter::formatFromFileName(path);
    if (!format) { // no known extension: the chosen filter's
        format = filter == odt  ? ReportExporter::Format::Odt
                 : filter == md ? ReportExporter::Format::Markdown
                                : ReportExporter::Format::Pdf;
        path += QLatin1Char('.') + ReportExporter::extension(*format);
    }
    // A report being edited goes out as it is on screen: its window saves
    // first (queued on the same worker, so before the export).
    if (ReportWindow *w = m_windows.value(outputId))
        w->saveNow();
    m_exports.insert(path);
    emit message(tr("Exporting to %1...").arg(QDir::toNativeSeparators(path)));
    m_store->exportOutput(outputId, *format, path);
}

void ReportsController::closeAll() {
    for (const QPointer<ReportWindow> &w : std::as_const(m_windows))
        if (w)
            w->close();
}

} // namespace Plenary
