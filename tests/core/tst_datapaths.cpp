#include "DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>

using namespace Plenary;

class TestDataPaths : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void customDirHoldsEverything() {
        const DataPaths p = DataPaths::at(QStringLiteral("relative/dir"));
        QVERIFY(p.isCustom());
        QVERIFY(QDir::isAbsolutePath(p.root()));
        QVERIFY(p.root().endsWith(QStringLiteral("relative/dir")));
        QCOMPARE(p.databaseFile(), p.root() + QStringLiteral("/plenary.sqlite"));
        QCOMPARE(p.documentsDir(QStringLiteral("fg-smart-1")),
                 p.root() + QStringLiteral("/documents/fg-smart-1"));
        QCOMPARE(p.settingsFile(), p.root() + QStringLiteral("/plenary.ini"));
    }

    void standardLocationIsPerUser() {
        QCoreApplication::setApplicationName(QStringLiteral("plenary"));
        const DataPaths p = DataPaths::standard();
        QVERIFY(!p.isCustom());
        QVERIFY(!p.root().isEmpty());
        QVERIFY(p.root().contains(QStringLiteral("plenary")));
        QVERIFY(p.databaseFile().startsWith(p.root()));
    }

    void chosenFolderHoldsDataNotCacheOrSettings() {
        QCoreApplication::setApplicationName(QStringLiteral("plenary"));
        const DataPaths standard = DataPaths::standard();
        const DataPaths p = DataPaths::inFolder(QStringLiteral("/srv/meetings/plenary"));
        QVERIFY(!p.isCustom()); // settings stay in the per-user place
        QCOMPARE(p.root(), QStringLiteral("/srv/meetings/plenary"));
        QCOMPARE(p.databaseFile(), QStringLiteral("/srv/meetings/plenary/plenary.sqlite"));
        QCOMPARE(p.documentsDir(QStringLiteral("m")),
                 QStringLiteral("/srv/meetings/plenary/documents/m"));
        QCOMPARE(p.cacheDir(), standard.cacheDir());
    }
};

QTEST_GUILESS_MAIN(TestDataPaths)
#include "tst_datapaths.moc"
