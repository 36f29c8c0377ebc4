#include "AppSettings.h"
#include "AsyncStore.h"
#include "Credentials.h"
#include "MainWindow.h"
#include "ModalAnswer.h"
#include "SettingsDialog.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Plenary;

namespace {

/// Records what reaches the keychain (from AsyncStore's thread); can refuse.
class RecordingStore : public CredentialStore {
public:
    struct Shared {
        QMutex mutex;
        QHash<QString, Credentials> kept;
        QStringList removed;
        bool refuse = false;
    };
    explicit RecordingStore(Shared *shared)
        : m(shared) {}
    std::optional<Credentials> find(const QString &server) override {
        QMutexLocker lock(&m->mutex);
        return m->kept.contains(server) ? std::optional(m->kept.value(server)) : std::nullopt;
    }
    bool save(const QString &server, const Credentials &c, bool) override {
        QMutexLocker lock(&m->mutex);
        if (m->refuse)
            return false;
        m->kept.insert(server, c);
        return true;
    }
    bool remove(const QString &server) override {
        QMutexLocker lock(&m->mutex);
        m->removed << server;
        m->kept.remove(server);
        return !m->refuse;
    }
    QString lastError() const override { return QStringLiteral("The keychain is locked."); }

private:
    Shared *m;
};

QAction *menuAction(QMainWindow &w, const QString &menu, const QString &text) {
    for (QAction *top : w.menuBar()->actions())
        if (top->text().remove(QLatin1Char('&')) == menu)
            for (QAction *a : top->menu()->actions())
                if (a->text().remove(QLatin1Char('&')) == text)
                    return a;
    return nullptr;
}

} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    RecordingStore::Shared m_keychain;

    static void screenshot(QWidget *w, const QString &name) {
        const QString dir = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR");
        QTest::qWait(300);
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void appliesIntervalsToTheWindowAtOnce() {
        QSettings ini(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        AsyncStore store(DataPaths::at(m_dir.filePath(QStringLiteral("a"))));
        MainWindow window(&store, &ini);
        QSignalSpy shown(&window, &MainWindow::meetingShown);
        window.show();
        QVERIFY(shown.wait(30000));
        auto *timer = window.findChild<QTimer *>(QStringLiteral("autoSyncTimer"));
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 15 * 60 * 1000);

        QAction *configure =
            menuAction(window, QStringLiteral("Settings"), QStringLiteral("Configure Plenary..."));
        QVERIFY(configure);
        QVERIFY(!configure->shortcuts().isEmpty());
        auto shownDialog = [&window]() -> SettingsDialog * {
            for (auto *d : window.findChildren<SettingsDialog *>())
                if (d->isVisible())
                    return d;
            return nullptr;
        };
        configure->trigger();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shownDialog()));
        configure->trigger(); // a second time raises the same dialog
        QCOMPARE(window.findChildren<SettingsDialog *>().size(), 1);

        QCOMPARE(dialog->pages()->count(), 3);
        auto *interval = dialog->findChild<QSpinBox *>(QStringLiteral("syncInterval"));
        auto *parallel = dialog->findChild<QSpinBox *>(QStringLiteral("parallelTransfers"));
        auto *poll = dialog->findChild<QSpinBox *>(QStringLiteral("pollInterval"));
        QCOMPARE(interval->value(), 15);
        QCOMPARE(parallel->value(), 6);
        QCOMPARE(poll->value(), 5);
        interval->setValue(30);
        parallel->setValue(10);
        poll->setValue(20);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(timer->interval(), 30 * 60 * 1000);
        QVERIFY(timer->isActive());
        AppSettings read(&ini);
        QCOMPARE(read.parallelTransfers(), 10);
        QCOMPARE(read.pollIntervalSeconds(), 20);

        // "Never" stops automatic sync; Cancel after Apply keeps what was applied.
        interval->setValue(0);
        QCOMPARE(interval->text(), QStringLiteral("Never"));
        buttons->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!timer->isActive());
        QCOMPARE(read.syncIntervalMinutes(), 0);

        // Restore Defaults fills in the defaults; Cancel writes nothing.
        QTRY_COMPARE(window.findChildren<SettingsDialog *>().size(), 0); // closed, deleted
        configure->trigger();
        QTRY_VERIFY((dialog = shownDialog()));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("syncInterval"))->value(), 15);
        dialog->reject();
        QCOMPARE(read.syncIntervalMinutes(), 0);
    }

    void languageAndDataFolderAreStored() {
        QSettings ini(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        AppSettings settings(&ini);
        AsyncStore store(DataPaths::at(m_dir.filePath(QStringLiteral("b"))));
        SettingsDialog dialog(&settings, &store, QStringLiteral("/home/u/.local/share/plenary"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QCOMPARE(language->count(), 7); // the system's, and the six
        QCOMPARE(language->currentIndex(), 0);
        QStringList names;
        for (int i = 1; i < language->count(); ++i)
            names << language->itemText(i);
        // Each in its own language, so that it can be found from any other.
        QVERIFY(names.contains(QStringLiteral("العربية")));
        QVERIFY(names.contains(QStringLiteral("Русский")));
        QVERIFY(names.contains(QStringLiteral("中文（简体）")));
        language->setCurrentIndex(language->findData(QStringLiteral("ru")));
        auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("dataFolder"));
        QCOMPARE(folder->placeholderText(), QStringLiteral("/home/u/.local/share/plenary"));
        folder->setText(QStringLiteral("  /srv/plenary  "));
        dialog.apply();
        QCOMPARE(settings.language(), QStringLiteral("ru"));
        QCOMPARE(settings.dataFolder(), QStringLiteral("/srv/plenary"));
        dialog.show();
        dialog.pages()->setCurrentIndex(0);
        screenshot(&dialog, QStringLiteral("settings-general"));
        dialog.pages()->setCurrentIndex(1);
        screenshot(&dialog, QStringLiteral("settings-sync"));
    }

    void serversKeepPasswordsInTheKeychainOnly() {
        QSettings ini(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        AppSettings settings(&ini);
        AsyncStore store(DataPaths::at(m_dir.filePath(QStringLiteral("c"))),
                         std::make_unique<RecordingStore>(&m_keychain));
        SettingsDialog dialog(&settings, &store, QString());
        dialog.show();
        dialog.pages()->setCurrentIndex(2);
        auto *list = dialog.findChild<QTreeView *>(QStringLiteral("servers"));
        QCOMPARE(list->model()->rowCount(), 0);
        auto *forget = dialog.findChild<QPushButton *>(QStringLiteral("forgetServer"));
        QVERIFY(!forget->isEnabled());

        // Add... through its dialog, as a user fills it in.
        QTimer::singleShot(100, this, [] {
            auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            QCOMPARE(d->objectName(), QStringLiteral("serverDialog"));
            auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            d->findChild<QLineEdit *>(QStringLiteral("address"))
                ->setText(QStringLiteral("ifa.itu.int"));
            d->findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("delegate"));
            QVERIFY(!ok->isEnabled()); // no password yet
            d->findChild<QLineEdit *>(QStringLiteral("password"))
                ->setText(QStringLiteral("s3cret"));
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        dialog.findChild<QPushButton *>(QStringLiteral("addServer"))->click();
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(),
                 QStringLiteral("http://ifa.itu.int:80"));
        QCOMPARE(list->model()->index(0, 1).data().toString(), QStringLiteral("delegate"));
        QTRY_VERIFY([&] {
            QMutexLocker lock(&m_keychain.mutex);
            return m_keychain.kept.value(QStringLiteral("http://ifa.itu.int:80")).password ==
                   QStringLiteral("s3cret");
        }());
        ini.sync();
        QFile file(ini.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret")); // never in the settings file
        screenshot(&dialog, QStringLiteral("settings-servers"));

        // Forget, confirmed: gone from the list and from the keychain.
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(forget->isEnabled());
        {
            PlenaryTest::ModalAnswer yes;
            forget->click();
            QVERIFY(yes.wasPlainText());
            QVERIFY(yes.text().contains(QStringLiteral("ifa.itu.int")));
        }
        QCOMPARE(list->model()->rowCount(), 0);
        QTRY_VERIFY([&] {
            QMutexLocker lock(&m_keychain.mutex);
            return m_keychain.removed.contains(QStringLiteral("http://ifa.itu.int:80"));
        }());
    }

    void aRefusingKeychainIsSaid() {
        QSettings ini(m_dir.filePath(QStringLiteral("d.ini")), QSettings::IniFormat);
        AppSettings settings(&ini);
        RecordingStore::Shared refusing;
        refusing.refuse = true;
        AsyncStore store(DataPaths::at(m_dir.filePath(QStringLiteral("d"))),
                         std::make_unique<RecordingStore>(&refusing));
        SettingsDialog dialog(&settings, &store, QString());
        dialog.rememberServer(QUrl(QStringLiteral("https://ftp3.itu.int")), QStringLiteral("u"),
                              QStringLiteral("p"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("keychainStatus"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("The keychain is locked.")));
        QCOMPARE(status->textFormat(), Qt::PlainText);
        status->clear();
        dialog.forgetServer(QStringLiteral("https://ftp3.itu.int:443"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("could not forget")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
