// MainWindow's part in the settings: the dialog, and what changes at once.
#include "MainWindow.h"

#include "AppSettings.h"
#include "AsyncStore.h"
#include "SettingsDialog.h"

#include <QTimer>

namespace Plenary {

void MainWindow::showSettings() {
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new SettingsDialog(m_appSettings, m_store, m_store->paths().root(), this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->open();
}

void MainWindow::applySettings() {
    const int minutes = m_appSettings->syncIntervalMinutes();
    const int intervalMs = minutes * 60 * 1000;
    if (minutes == 0)
        m_autoSyncTimer->stop();
    else if (!m_autoSyncTimer->isActive() || m_autoSyncTimer->interval() != intervalMs)
        m_autoSyncTimer->start(intervalMs); // counts from now, as a change should
    m_store->setFollowInterval(m_appSettings->pollIntervalSeconds() * 1000);
}

SyncOptions MainWindow::syncOptions() const {
    SyncOptions options;
    options.jobs = m_appSettings->parallelTransfers();
    return options;
}

} // namespace Plenary
