#include "AppSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;

class TestAppSettings : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("plenary.ini")); }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void defaultsWhenNothingIsStored() {
        QSettings ini(file(), QSettings::IniFormat);
        AppSettings s(&ini);
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.dataFolder(), QString());
        QCOMPARE(s.syncIntervalMinutes(), 15);
        QCOMPARE(s.parallelTransfers(), 6);
        QCOMPARE(s.pollIntervalSeconds(), 5);
        QVERIFY(s.servers().isEmpty());
    }

    void valuesSurviveARestart() {
        {
            QSettings ini(file(), QSettings::IniFormat);
            AppSettings s(&ini);
            s.setLanguage(QStringLiteral("ar"));
            s.setDataFolder(QStringLiteral("/home/chair/Plenary"));
            s.setSyncIntervalMinutes(0);
            s.setParallelTransfers(12);
            s.setPollIntervalSeconds(30);
        }
        {
            // The window saves its own state into the same file.
            QSettings window(file(), QSettings::IniFormat);
            window.setValue(QStringLiteral("MainWindow/geometry"), QByteArray("x"));
        }
        QSettings ini(file(), QSettings::IniFormat);
        AppSettings s(&ini);
        QCOMPARE(s.language(), QStringLiteral("ar"));
        QCOMPARE(s.dataFolder(), QStringLiteral("/home/chair/Plenary"));
        QCOMPARE(s.syncIntervalMinutes(), 0); // off, not the default
        QCOMPARE(s.parallelTransfers(), 12);
        QCOMPARE(s.pollIntervalSeconds(), 30);
    }

    void outOfRangeValuesAreClamped() {
        QSettings ini(file(), QSettings::IniFormat);
        AppSettings s(&ini);
        s.setParallelTransfers(1000);
        QCOMPARE(s.parallelTransfers(), 32);
        s.setParallelTransfers(0);
        QCOMPARE(s.parallelTransfers(), 1);
        s.setPollIntervalSeconds(0); // would hammer the chairman's server
        QCOMPARE(s.pollIntervalSeconds(), 2);
        s.setSyncIntervalMinutes(-5);
        QCOMPARE(s.syncIntervalMinutes(), 0);
        // A hand-edited file is read within range too.
        ini.setValue(QStringLiteral("sync/parallelTransfers"), 500);
        ini.setValue(QStringLiteral("session/pollSeconds"), QStringLiteral("nonsense"));
        QCOMPARE(s.parallelTransfers(), 32);
        QCOMPARE(s.pollIntervalSeconds(), 5);
    }

    void unknownLanguageFollowsTheSystem() {
        QSettings ini(file(), QSettings::IniFormat);
        AppSettings s(&ini);
        s.setLanguage(QStringLiteral("tlh"));
        QCOMPARE(s.language(), QString());
        ini.setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
        QCOMPARE(s.language(), QString());
        QCOMPARE(AppSettings::languages().size(), 6);
        QVERIFY(AppSettings::languages().contains(QStringLiteral("zh_CN")));
    }

    void changedOnlyWhenSomethingChanges() {
        QSettings ini(file(), QSettings::IniFormat);
        AppSettings s(&ini);
        QSignalSpy spy(&s, &AppSettings::changed);
        s.setParallelTransfers(8);
        QCOMPARE(spy.size(), 1);
        s.setParallelTransfers(8);
        QCOMPARE(spy.size(), 1);
        s.setSyncIntervalMinutes(15); // the default, but not yet stored
        QCOMPARE(spy.size(), 2);
    }

    void serversKeepUserNamesNeverPasswords() {
        QSettings ini(file(), QSettings::IniFormat);
        AppSettings s(&ini);
        s.rememberServer({QStringLiteral("https://ifa.itu.int:443"), QStringLiteral("delegate")});
        s.rememberServer({QStringLiteral("ftps://ftp3.itu.int:990"), QStringLiteral("ties")});
        s.rememberServer({QStringLiteral("https://ifa.itu.int:443"), QStringLiteral("chair")});
        const QList<AppSettings::Server> list = s.servers();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].key, QStringLiteral("ftps://ftp3.itu.int:990")); // sorted
        QCOMPARE(list[1].user, QStringLiteral("chair"));                  // updated in place
        s.forgetServer(QStringLiteral("ftps://ftp3.itu.int:990"));
        QCOMPARE(s.servers().size(), 1);
        ini.sync();
        QFile f(file());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("ifa.itu.int"));
        QVERIFY(!text.contains("ftp3")); // forgotten means gone from the file
        QVERIFY(!text.toLower().contains("password"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
