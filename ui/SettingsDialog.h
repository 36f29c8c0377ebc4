#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTreeView;

namespace Plenary {

class AppSettings;
class AsyncStore;

/// Settings: the language and the data folder (used from the next start),
/// automatic sync, parallel transfers and the session's poll interval
/// (applied at once), and the servers whose passwords the keychain keeps.
/// OK and Apply write the first two pages to AppSettings; a server's
/// password is stored or forgotten (through AsyncStore, on its thread) as
/// soon as its own small dialog is accepted, since the keychain cannot be
/// "cancelled" afterwards.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, AsyncStore *store, const QString &currentDataFolder,
                   QWidget *parent = nullptr);

    QTabWidget *pages() const { return m_pages; }

    /// Writes the dialog's values to AppSettings.
    void apply();
    /// Puts the defaults into the dialog (written by OK or Apply).
    void restoreDefaults();

    /// For the Servers page and tests: keep @p user's password for
    /// @p address in the keychain, and list the server.
    void rememberServer(const QUrl &address, const QString &user, const QString &password);
    void forgetServer(const QString &key);

private:
    QWidget *createGeneralPage();
    QWidget *createSyncPage();
    QWidget *createServersPage();
    void load();
    void loadServers();
    void addServer();
    void changePassword();
    void forgetSelectedServer();
    void updateButtons();
    QString selectedServerKey() const;

    AppSettings *m_settings;
    AsyncStore *m_store;
    QString m_currentDataFolder;
    QTabWidget *m_pages;
    QComboBox *m_language = nullptr;
    QLineEdit *m_dataFolder = nullptr;
    QSpinBox *m_syncInterval = nullptr;
    QSpinBox *m_parallel = nullptr;
    QSpinBox *m_poll = nullptr;
    QStandardItemModel *m_servers = nullptr;
    QTreeView *m_serverView = nullptr;
    QPushButton *m_changePassword = nullptr;
    QPushButton *m_forget = nullptr;
    QLabel *m_keychainStatus = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Plenary
