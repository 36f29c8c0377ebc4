// ProcessIdentity against real processes: this one, a child that runs, and
// the same child once it is gone; and identities that only look right.
#include "ProcessIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <limits>

using namespace Plenary;

class TestProcessIdentity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void thisProcess() {
        const QString self = ProcessIdentity::ofThisProcess();
        QVERIFY(!self.isEmpty());
        QCOMPARE(self, ProcessIdentity::of(QCoreApplication::applicationPid()));
        const QStringList parts = self.split(QLatin1Char('/'));
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(1), QString::number(QCoreApplication::applicationPid()));
        // This process is running, but it is not another one.
        QVERIFY(!ProcessIdentity::isAnotherRunning(self));
    }

    void anotherProcessWhileItRuns() {
        QProcess child;
        child.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(child.waitForStarted());
        const QString identity = ProcessIdentity::of(child.processId());
        QVERIFY(!identity.isEmpty());
        QVERIFY(identity != ProcessIdentity::ofThisProcess());
        // The same boot: only the PID and the start time differ.
        QCOMPARE(identity.section(QLatin1Char('/'), 0, 0),
                 ProcessIdentity::ofThisProcess().section(QLatin1Char('/'), 0, 0));
        QVERIFY(ProcessIdentity::isAnotherRunning(identity));

        // Its PID with another start time, or from another boot: a PID
        // reused by some other program, not the process that was meant.
        QStringList parts = identity.split(QLatin1Char('/'));
        QStringList reused = parts;
        reused[2] = QString::number(parts.at(2).toLongLong() + 1);
        QVERIFY(!ProcessIdentity::isAnotherRunning(reused.join(QLatin1Char('/'))));
        QStringList otherBoot = parts;
        otherBoot[0] = QStringLiteral("00000000-0000-0000-0000-000000000000");
        QVERIFY(!ProcessIdentity::isAnotherRunning(otherBoot.join(QLatin1Char('/'))));

        child.kill();
        QVERIFY(child.waitForFinished());
        QVERIFY(!ProcessIdentity::isAnotherRunning(identity));
        QVERIFY(ProcessIdentity::of(parts.at(1).toLongLong()).isEmpty() ||
                ProcessIdentity::of(parts.at(1).toLongLong()) != identity);
    }

    void namesWithSpacesAndParentheses() {
        // /proc/<pid>/stat holds the command's name in parentheses, which
        // may themselves hold spaces and ')': the fields are counted after
        // the last one.
        const QString dir = QDir::tempPath();
        const QString odd = dir + QStringLiteral("/pl (x) y");
        QFile::remove(odd);
        QVERIFY(QFile::link(QStringLiteral("/bin/sleep"), odd));
        QProcess child;
        child.start(odd, {QStringLiteral("60")});
        QVERIFY(child.waitForStarted());
        const QString identity = ProcessIdentity::of(child.processId());
        QFile::remove(odd);
        QVERIFY(!identity.isEmpty());
        QVERIFY(ProcessIdentity::isAnotherRunning(identity));
        const qint64 start = identity.section(QLatin1Char('/'), 2, 2).toLongLong();
        const qint64 own =
            ProcessIdentity::ofThisProcess().section(QLatin1Char('/'), 2, 2).toLongLong();
        QVERIFY2(start >= own, qPrintable(identity)); // started after this test
        child.kill();
        QVERIFY(child.waitForFinished());
    }

    void garbage_data() {
        QTest::addColumn<QString>("identity");
        QTest::newRow("empty") << QString();
        QTest::newRow("no parts") << QStringLiteral("1234");
        QTest::newRow("a PID that is no number") << QStringLiteral("boot/abc/12");
        QTest::newRow("PID 0") << QStringLiteral("boot/0/12");
        QTest::newRow("a negative PID") << QStringLiteral("boot/-1/12");
        QTest::newRow("four parts") << QStringLiteral("a/1/2/3");
    }

    void garbage() {
        QFETCH(QString, identity);
        QVERIFY(!ProcessIdentity::isAnotherRunning(identity));
    }

    void noSuchProcess() {
        QVERIFY(ProcessIdentity::of(0).isEmpty());
        QVERIFY(ProcessIdentity::of(-5).isEmpty());
        QVERIFY(ProcessIdentity::of(std::numeric_limits<int>::max()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProcessIdentity)
#include "tst_processidentity.moc"
