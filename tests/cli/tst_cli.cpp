#include "MeetingJson.h"
#include "Store.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &exe, const QStringList &args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // --help must not need one
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("plenary.*.info=false"));
    p.setProcessEnvironment(env);
    p.start(exe, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Run cli(const QStringList &args) {
    return run(QStringLiteral(PLENARY_CLI), args);
}

QByteArray fileHash(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp() {
        Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("plenary-cli ")));
        r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--data-dir")));
        QVERIFY(r.out.contains(QStringLiteral("import FILE")));
        // The GUI answers --help and --version without a display.
        r = run(QStringLiteral(PLENARY_GUI), {QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--data-dir")));
        r = run(QStringLiteral(PLENARY_GUI), {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("plenary ")));
    }

    void infoPrintsTheDemoOnFirstStart() {
        QTemporaryDir dir;
        const Run r = cli({QStringLiteral("info"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.contains(QStringLiteral("First meeting of the ITU-T Focus Group on Smart Grid")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("ITU headquarters, Geneva, Switzerland")));
        QVERIFY(r.out.contains(QStringLiteral("2010-06-14 to 2010-06-16")));
        QVERIFY2(r.out.contains(QStringLiteral("15 top-level items")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("36 documents")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void badArgumentsFailWithOneLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << "no command given";
        QTest::newRow("unknown command")
            << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
        QTest::newRow("import without file")
            << QStringList{"import"} << "wrong arguments for 'import'";
        QTest::newRow("info with extra")
            << QStringList{"info", "x"} << "wrong arguments for 'info'";
        QTest::newRow("unknown option")
            << QStringList{"--bogus", "info"} << "Unknown option 'bogus'";
        QTest::newRow("data-dir without value")
            << QStringList{"info", "--data-dir"} << "Missing value after '--data-dir'";
    }

    void badArgumentsFailWithOneLine() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("plenary-cli: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }

    void truncatedImportChangesNothing() {
        QTemporaryDir dir;
        QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("--data-dir"), dir.path()}).code, 0);
        const Run before = cli({QStringLiteral("info"), QStringLiteral("--data-dir"), dir.path()});
        // Checkpoint nothing: compare what the store says, and the main file.
        const QString db = dir.filePath(QStringLiteral("plenary.sqlite"));
        const QByteArray dbHash = fileHash(db);

        const QString truncated = dir.filePath(QStringLiteral("truncated meeting.json"));
        QFile f(truncated);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QFile demo(QStringLiteral(":/plenary/demo/meeting.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        f.write(demo.readAll().left(2000));
        f.close();

        const Run r =
            cli({QStringLiteral("import"), truncated, QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("plenary-cli: ") + truncated +
                                  QStringLiteral(": line ")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(fileHash(db), dbHash);
        const Run after = cli({QStringLiteral("info"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(after.out, before.out);

        const Run missing =
            cli({QStringLiteral("import"), dir.filePath(QStringLiteral("nope.json")),
                 QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nope.json")));
    }

    void importMakesTheMeetingCurrent() {
        QTemporaryDir dir;
        MeetingData m;
        m.meeting.id = QStringLiteral("ieee-802-11-2026-11");
        m.meeting.title = QStringLiteral("IEEE 802.11 Plenary, November 2026");
        m.meeting.venue = QStringLiteral("Vancouver");
        m.meeting.start = QDate(2026, 11, 8);
        m.meeting.end = QDate(2026, 11, 13);
        m.agenda = {{QStringLiteral("1"), QStringLiteral("Opening"), {}},
                    {QStringLiteral("2"), QStringLiteral("Closing"), {}}};
        m.documents = {Document{}};
        m.documents[0].number = QStringLiteral("11-26-1234r0");
        const QString file = dir.filePath(QStringLiteral("meeting.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(MeetingJson::serialize(m));
        f.close();
        const Run r =
            cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("ieee-802-11-2026-11")), qPrintable(r.out));
        const Run info = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("info")});
        QVERIFY2(info.out.contains(QStringLiteral("IEEE 802.11 Plenary, November 2026")),
                 qPrintable(info.out));
        QVERIFY(info.out.contains(QStringLiteral("2 top-level items")));
        QVERIFY(info.out.contains(QStringLiteral("1 document")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
