#include "SettingsDialog.h"

#include "AppSettings.h"
#include "AsyncStore.h"
#include "Credentials.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Plenary {

namespace {

// Each language by its own name: a user who cannot read the current one
// must still find theirs.
QString endonym(const QString &code) {
    if (code == QLatin1String("ar"))
        return QStringLiteral("العربية");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("中文（简体）");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

QLabel *note(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// Asks for a server's address (when adding), user name and password.
class ServerDialog : public QDialog {
public:
    ServerDialog(const QString &key, const QString &user, QWidget *parent)
        : QDialog(parent) {
        setObjectName(QStringLiteral("serverDialog"));
        setWindowTitle(key.isEmpty() ? SettingsDialog::tr("Add Server")
                                     : SettingsDialog::tr("Change Password"));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        address = new QLineEdit(this);
        address->setObjectName(QStringLiteral("address"));
        address->setPlaceholderText(QStringLiteral("https://"));
        address->setText(key);
        address->setReadOnly(!key.isEmpty());
        this->user = new QLineEdit(user, this);
        this->user->setObjectName(QStringLiteral("user"));
        password = new QLineEdit(this);
        password->setObjectName(QStringLiteral("password"));
        password->setEchoMode(QLineEdit::Password);
        form->addRow(SettingsDialog::tr("&Address:"), address);
        form->addRow(SettingsDialog::tr("&User name:"), this->user);
        form->addRow(SettingsDialog::tr("&Password:"), password);
        layout->addLayout(form);
        layout->addWidget(note(SettingsDialog::tr("The password is kept in the desktop's "
                                                  "keychain, never in Plenary's settings."),
                               this));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        auto valid = [this, ok] {
            const QUrl url = QUrl::fromUserInput(address->text().trimmed());
            ok->setEnabled(url.isValid() && !url.host().isEmpty() &&
                           !this->user->text().isEmpty() && !password->text().isEmpty());
        };
        connect(address, &QLineEdit::textChanged, this, valid);
        connect(this->user, &QLineEdit::textChanged, this, valid);
        connect(password, &QLineEdit::textChanged, this, valid);
        valid();
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        (key.isEmpty() ? address : password)->setFocus();
    }
    QLineEdit *address;
    QLineEdit *user;
    QLineEdit *password;
};

} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, AsyncStore *store,
                               const QString &currentDataFolder, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_store(store)
    , m_currentDataFolder(currentDataFolder)
    , m_pages(new QTabWidget(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Configure Plenary"));
    auto *layout = new QVBoxLayout(this);
    m_pages->addTab(createGeneralPage(), tr("&General"));
    m_pages->addTab(createSyncPage(), tr("S&ync"));
    m_pages->addTab(createServersPage(), tr("Se&rvers"));
    layout->addWidget(m_pages);
    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                 QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults,
                             this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    layout->addWidget(m_buttons);
    connect(m_settings, &AppSettings::changed, this, &SettingsDialog::loadServers);
    connect(m_store, &AsyncStore::credentialsNotRemembered, this, [this](const QString &reason) {
        m_keychainStatus->setText(
            tr("The keychain did not keep the password; it is kept until Plenary quits: %1")
                .arg(reason));
    });
    connect(m_store, &AsyncStore::credentialsNotForgotten, this, [this](const QString &reason) {
        m_keychainStatus->setText(tr("The keychain could not forget the password: %1").arg(reason));
    });
    load();
}

QWidget *SettingsDialog::createGeneralPage() {
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("generalPage"));
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : AppSettings::languages())
        m_language->addItem(endonym(code), code);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(),
                 note(tr("Plenary speaks the language chosen here from its next start."), page));

    auto *folderRow = new QHBoxLayout;
    m_dataFolder = new QLineEdit(page);
    m_dataFolder->setObjectName(QStringLiteral("dataFolder"));
    m_dataFolder->setPlaceholderText(m_currentDataFolder);
    m_dataFolder->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse..."), page);
    browse->setObjectName(QStringLiteral("browseDataFolder"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Data Folder"),
            m_dataFolder->text().isEmpty() ? m_currentDataFolder : m_dataFolder->text());
        if (!dir.isEmpty())
            m_dataFolder->setText(dir);
    });
    folderRow->addWidget(m_dataFolder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Data folder:"), page);
    folderLabel->setBuddy(m_dataFolder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(),
                 note(tr("Where the meetings, their documents and your notes are kept; empty "
                         "for the standard place. A new folder is used from the next start; "
                         "what is stored in the current one stays there."),
                      page));
    return page;
}

QWidget *SettingsDialog::createSyncPage() {
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("syncPage"));
    auto *form = new QFormLayout(page);
    m_syncInterval = new QSpinBox(page);
    m_syncInterval->setObjectName(QStringLiteral("syncInterval"));
    m_syncInterval->setRange(0, AppSettings::kMaxSyncIntervalMinutes);
    m_syncInterval->setSpecialValueText(tr("Never"));
    m_syncInterval->setSuffix(tr(" min"));
    form->addRow(tr("Sync the open meeting &every:"), m_syncInterval);
    m_parallel = new QSpinBox(page);
    m_parallel->setObjectName(QStringLiteral("parallelTransfers"));
    m_parallel->setRange(1, AppSettings::kMaxParallelTransfers);
    form->addRow(tr("&Parallel transfers:"), m_parallel);
    form->addRow(QString(), note(tr("More transfers can be faster on a fast line; a meeting "
                                    "server shared by many delegates prefers few."),
                                 page));
    m_poll = new QSpinBox(page);
    m_poll->setObjectName(QStringLiteral("pollInterval"));
    m_poll->setRange(AppSettings::kMinPollSeconds, AppSettings::kMaxPollSeconds);
    m_poll->setSuffix(tr(" s"));
    form->addRow(tr("Check the chairman's &session every:"), m_poll);
    form->addRow(QString(), note(tr("These take effect at once."), page));
    return page;
}

QWidget *SettingsDialog::createServersPage() {
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("serversPage"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Servers whose passwords Plenary keeps in the desktop's keychain. "
                              "A server that asks for a password during a sync is added here "
                              "when you let Plenary remember it."),
                           page));
    auto *row = new QHBoxLayout;
    m_servers = new QStandardItemModel(0, 2, this);
    m_servers->setHorizontalHeaderLabels({tr("Server"), tr("User name")});
    m_serverView = new QTreeView(page);
    m_serverView->setObjectName(QStringLiteral("servers"));
    m_serverView->setAccessibleName(tr("Servers"));
    m_serverView->setModel(m_servers);
    m_serverView->setRootIsDecorated(false);
    m_serverView->setUniformRowHeights(true);
    m_serverView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_serverView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_serverView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SettingsDialog::updateButtons);
    connect(m_serverView, &QTreeView::activated, this, &SettingsDialog::changePassword);
    row->addWidget(m_serverView, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add..."), page);
    add->setObjectName(QStringLiteral("addServer"));
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addServer);
    m_changePassword = new QPushButton(tr("&Change Password..."), page);
    m_changePassword->setObjectName(QStringLiteral("changePassword"));
    connect(m_changePassword, &QPushButton::clicked, this, &SettingsDialog::changePassword);
    m_forget = new QPushButton(tr("&Forget"), page);
    m_forget->setObjectName(QStringLiteral("forgetServer"));
    connect(m_forget, &QPushButton::clicked, this, &SettingsDialog::forgetSelectedServer);
    buttons->addWidget(add);
    buttons->addWidget(m_changePassword);
    buttons->addWidget(m_forget);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);
    m_keychainStatus = note(QString(), page);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    layout->addWidget(m_keychainStatus);
    return page;
}

void SettingsDialog::load() {
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->language())));
    m_dataFolder->setText(m_settings->dataFolder());
    m_syncInterval->setValue(m_settings->syncIntervalMinutes());
    m_parallel->setValue(m_settings->parallelTransfers());
    m_poll->setValue(m_settings->pollIntervalSeconds());
    loadServers();
}

void SettingsDialog::loadServers() {
    const QString selected = selectedServerKey();
    m_servers->removeRows(0, m_servers->rowCount());
    for (const AppSettings::Server &s : m_settings->servers()) {
        auto *key = new QStandardItem(s.key);
        key->setData(s.key, Qt::UserRole);
        m_servers->appendRow({key, new QStandardItem(s.user)});
        if (s.key == selected)
            m_serverView->setCurrentIndex(key->index());
    }
    updateButtons();
}

void SettingsDialog::apply() {
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setDataFolder(m_dataFolder->text().trimmed());
    m_settings->setSyncIntervalMinutes(m_syncInterval->value());
    m_settings->setParallelTransfers(m_parallel->value());
    m_settings->setPollIntervalSeconds(m_poll->value());
}

void SettingsDialog::restoreDefaults() {
    m_language->setCurrentIndex(0);
    m_dataFolder->clear();
    m_syncInterval->setValue(AppSettings::kDefaultSyncIntervalMinutes);
    m_parallel->setValue(AppSettings::kDefaultParallelTransfers);
    m_poll->setValue(AppSettings::kDefaultPollSeconds);
}

QString SettingsDialog::selectedServerKey() const {
    const QModelIndex current = m_serverView ? m_serverView->currentIndex() : QModelIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(Qt::UserRole).toString() : QString();
}

void SettingsDialog::updateButtons() {
    const bool any = !selectedServerKey().isEmpty();
    m_changePassword->setEnabled(any);
    m_forget->setEnabled(any);
}

void SettingsDialog::rememberServer(const QUrl &address, const QString &user,
                                    const QString &password) {
    m_keychainStatus->clear();
    m_store->setCredentials(address, user, password, true);
    m_settings->rememberServer({CredentialStore::serverKey(address), user});
}

void SettingsDialog::forgetServer(const QString &key) {
    m_keychainStatus->clear();
    m_store->forgetCredentials(QUrl(key));
    m_settings->forgetServer(key);
}

void SettingsDialog::addServer() {
    ServerDialog dialog({}, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    rememberServer(QUrl::fromUserInput(dialog.address->text().trimmed()), dialog.user->text(),
                   dialog.password->text());
}

void SettingsDialog::changePassword() {
    const QString key = selectedServerKey();
    if (key.isEmpty())
        return;
    const QModelIndex current = m_serverView->currentIndex();
    ServerDialog dialog(key, current.siblingAtColumn(1).data().toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    rememberServer(QUrl(key), dialog.user->text(), dialog.password->text());
}

void SettingsDialog::forgetSelectedServer() {
    const QString key = selectedServerKey();
    if (key.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Forget Server"),
                    tr("Forget the password kept for %1? Plenary asks for it again when the "
                       "server wants it.")
                        .arg(key),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText); // the address was typed or came from a server
    box.setDefaultButton(QMessageBox::Yes);
    if (box.exec() == QMessageBox::Yes)
        forgetServer(key);
}

} // namespace Plenary
