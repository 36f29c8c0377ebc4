// MainWindow's part in syncing: opening a meeting from a server, syncing
// it again (by hand and every few minutes) and saying how it went.
#include "MainWindow.h"

#include "AppSettings.h"
#include "AsyncStore.h"
#include "Credentials.h"
#include "DocumentTableModel.h"
#include "LoginDialog.h"
#include "SubmitDialog.h"
#include "SyncEngine.h"
#include "SyncStatusWidget.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QNetworkInformation>
#include <QStatusBar>

namespace Plenary {

void MainWindow::openMeetingFromUrl() {
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Open Meeting from URL"),
        tr("Address of the meeting folder (with a meeting.json or a directory listing):"),
        QLineEdit::Normal,
        m_sourceUrl.isValid() ? m_sourceUrl.toString() : QStringLiteral("https://"), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    openUrl(text);
}

void MainWindow::openUrl(const QString &address) {
    const QUrl url = QUrl::fromUserInput(address.trimmed());
    if (!SyncEngine::canSync(url)) {
        showError(
            tr("\"%1\" is not an http://, https://, ftp:// or ftps:// address.").arg(address));
        return;
    }
    m_store->sync(url, syncOptions());
}

void MainWindow::submitContribution() {
    if (!m_loaded)
        return;
    auto *dialog = new SubmitDialog(*m_store, m_documentModel->meeting().meeting,
                                    QDateTime::currentDateTimeUtc(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::syncNow() {
    if (m_sourceUrl.isValid() && !m_syncing)
        m_store->sync(m_sourceUrl, syncOptions());
}

void MainWindow::autoSync() {
    if (!m_sourceUrl.isValid() || m_syncing)
        return;
    if (QNetworkInformation *info = QNetworkInformation::instance();
        info && info->reachability() == QNetworkInformation::Reachability::Disconnected)
        return;
    m_store->sync(m_sourceUrl, syncOptions());
}

void MainWindow::syncFinished(const SyncResult &result) {
    m_syncing = false;
    m_syncStatus->stopped();
    updateActions();
    if (result.authenticationRequired) {
        // Ask, then try again with what the user gives.
        auto *login = new LoginDialog(result.url, result.error, this);
        login->setAttribute(Qt::WA_DeleteOnClose);
        connect(login, &QDialog::accepted, this, [this, login, url = result.url] {
            m_store->setCredentials(url, login->user(), login->password(), login->remember());
            if (login->remember())
                m_appSettings->rememberServer({CredentialStore::serverKey(url), login->user()});
            m_store->sync(url, syncOptions());
        });
        login->open();
        return;
    }
    if (!result.error.isEmpty()) {
        showError(tr("The meeting could not be synced.\n\n%1").arg(result.error));
        return;
    }
    QString summary = result.cancelled
                          ? tr("Sync cancelled; it resumes where it stopped.")
                          : tr("Sync complete: %1 downloaded, %2 updated, %3 withdrawn on server.")
                                .arg(result.downloaded)
                                .arg(result.updated)
                                .arg(result.withdrawn);
    statusBar()->showMessage(summary, 10000);
    QStringList sections;
    if (!result.failures.isEmpty()) {
        QStringList lines;
        for (const SyncFailure &f : result.failures.mid(0, 20))
            lines
                << tr("%1 (%2): %3").arg(f.number.isEmpty() ? f.name : f.number, f.name, f.reason);
        if (result.failures.size() > 20)
            lines << tr("... and %n more", nullptr, int(result.failures.size() - 20));
        sections << tr("%n file(s) could not be synced:", nullptr, int(result.failures.size())) +
                        QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    }
    // Names a server listed that are not taken, for safety (a slash, "..",
    // direction overrides, links): said, so that nobody wonders where a
    // document went.
    if (!result.refused.isEmpty()) {
        QStringList lines = result.refused.mid(0, 20);
        if (result.refused.size() > 20)
            lines << tr("... and %n more", nullptr, int(result.refused.size() - 20));
        sections << tr("%n name(s) listed by the server, not taken for safety:", nullptr,
                       int(result.refused.size())) +
                        QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    }
    if (!sections.isEmpty())
        showError(sections.join(QStringLiteral("\n\n")));
}

} // namespace Plenary
