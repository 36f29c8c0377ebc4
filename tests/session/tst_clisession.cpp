// A scripted plenary with plenary-cli: two chairmen and a delegate, each on
// their own data folder, against Apache mod_dav on 127.0.0.1. No recorded
// change may be lost or unseen.
#include "CliRun.h"
#include "TestServer.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace PlenaryTest;

namespace {
using Run = CliRun;

class Participant {
public:
    Run operator()(const QStringList &args) const { return runCli(m_dir.path(), args); }

private:
    QTemporaryDir m_dir;
};

QStringList split(const QString &s) {
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestCliSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoChairmenAndADelegate() {
        if (const QString missing = TestServer::missing(TestServer::ApacheDav); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir www;
        TestServer server(TestServer::ApacheDav);
        QString error;
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        const QString url = server.url(QStringLiteral("/")).toString();
        Participant chairA, chairB, delegate;
        auto ok = [](const Run &r) {
            if (r.code != 0)
                qWarning("%s%s", qPrintable(r.out), qPrintable(r.err));
            return r.code == 0;
        };

        // Chairman A opens the meeting.
        QVERIFY(ok(chairA(split(QStringLiteral("current 2")))));
        QVERIFY(ok(chairA(split(QStringLiteral("outcome 2 --status approved-by-consensus")))));
        QVERIFY(ok(chairA(split(QStringLiteral("allocate FG-Smart-I-0010 --wg WG1 --item 6.a")))));
        QVERIFY(ok(chairA(split(QStringLiteral("allocate FG-Smart-I-0011 --wg WG1 --item 6.a")))));
        QVERIFY(ok(chairA({QStringLiteral("publish"), url})));
        // Chairman B (a vice-chairman on another laptop) joins and records too.
        QVERIFY(ok(chairB({QStringLiteral("publish"), url})));
        QVERIFY(ok(chairB(split(QStringLiteral("allocate FG-Smart-I-0012 --wg WG2 --item 8")))));
        const Run revised = chairB(split(
            QStringLiteral("outcome 8 --doc FG-Smart-I-0012 --status revised --text Merged")));
        QVERIFY(ok(revised));
        QVERIFY2(revised.out.contains(QStringLiteral("-> FG-Smart-I-0037")),
                 qPrintable(revised.out));
        const Run ls = chairB(
            {QStringLiteral("liaison"), QStringLiteral("new"), QStringLiteral("--title"),
             QStringLiteral("Smart grid terminology: request for comments"), QStringLiteral("--to"),
             QStringLiteral("ISO/IEC JTC 1 Special Working Group on Smart Grid"),
             QStringLiteral("--for"), QStringLiteral("comment"), QStringLiteral("--item"),
             QStringLiteral("11")});
        QVERIFY(ok(ls));
        QCOMPARE(ls.out.trimmed(), QStringLiteral("LS-001"));
        // Meanwhile A goes on, not yet having B's changes.
        QVERIFY(ok(chairA(split(QStringLiteral("allocate FG-Smart-I-0020 --wg WG3 --item 8")))));
        QVERIFY(ok(chairA(split(
            QStringLiteral("outcome 8 --doc FG-Smart-I-0020 --status noted --text Noted.")))));
        // Both publish; the second merges.
        QVERIFY(ok(chairB({QStringLiteral("publish"), url})));
        const Run merged = chairA({QStringLiteral("publish"), url});
        QVERIFY(ok(merged));
        QVERIFY2(merged.out.contains(QStringLiteral("merged from the server")),
                 qPrintable(merged.out));
        QVERIFY(ok(chairB({QStringLiteral("publish"), url})));

        // The delegate follows once and sees everything, as do both chairmen.
        const Run follow = delegate({QStringLiteral("follow"), url, QStringLiteral("--once")});
        QVERIFY(ok(follow));
        QVERIFY2(follow.out.contains(QStringLiteral("8: FG-Smart-I-0012 allocated to WG2")),
                 qPrintable(follow.out));
        const QString a = chairA({QStringLiteral("session")}).out;
        const QString b = chairB({QStringLiteral("session")}).out;
        const QString d = delegate({QStringLiteral("session")}).out;
        QCOMPARE(b, a);
        QCOMPARE(d, a);
        for (const char *line :
             {"FG-Smart-I-0010 WG1 6.a", "FG-Smart-I-0011 WG1 6.a", "FG-Smart-I-0012 WG2 8",
              "FG-Smart-I-0020 WG3 8", "FG-Smart-I-0037 WG2 8",
              "8 FG-Smart-I-0012 revised -> FG-Smart-I-0037 \"Merged\"",
              "8 FG-Smart-I-0020 noted \"Noted.\"", "2 - approved-by-consensus",
              "LS-001 draft \"Smart grid terminology: request for comments\" -> ISO/IEC JTC 1 "
              "Special Working Group on Smart Grid (item 11)",
              "current item: 2"})
            QVERIFY2(a.contains(QLatin1String(line)), qPrintable(line + QStringLiteral("\n") + a));

        // A real conflict: refused with the word, then settled.
        QVERIFY(ok(chairA(split(QStringLiteral("allocate FG-Smart-I-0013 --wg WG1")))));
        QVERIFY(ok(chairB(split(QStringLiteral("allocate FG-Smart-I-0013 --wg WG2")))));
        QVERIFY(ok(chairA({QStringLiteral("publish"), url})));
        Run conflict = chairB({QStringLiteral("publish"), url});
        QCOMPARE(conflict.code, 1);
        QVERIFY2(conflict.err.contains(QStringLiteral("conflict")), qPrintable(conflict.err));
        QVERIFY(ok(chairB({QStringLiteral("publish"), url, QStringLiteral("--take-theirs")})));
        QVERIFY(ok(delegate({QStringLiteral("follow"), url, QStringLiteral("--once")})));
        QVERIFY(delegate({QStringLiteral("session")})
                    .out.contains(QStringLiteral("FG-Smart-I-0013 WG1 -")));
        QVERIFY(chairB({QStringLiteral("session")})
                    .out.contains(QStringLiteral("FG-Smart-I-0013 WG1 -")));
    }

    void badInputIsRefusedClearly() {
        Participant p;
        Run r = p(split(QStringLiteral("allocate FG-Smart-I-9999 --wg WG1")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no document FG-Smart-I-9999")), qPrintable(r.err));
        r = p(split(QStringLiteral("allocate FG-Smart-I-0010 --wg WG7")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no working group WG7")), qPrintable(r.err));
        r = p(split(QStringLiteral("outcome 8 --doc FG-Smart-I-0010 --status adopted")));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown status 'adopted'")), qPrintable(r.err));
        r = p(split(QStringLiteral("allocate FG-Smart-I-0010")));
        QCOMPARE(r.code, 2);
        r = p(split(QStringLiteral("liaison new --title X --to IEC --for lunch")));
        QCOMPARE(r.code, 2);
        r = p(split(QStringLiteral("liaison new --title X --to IEC --item 99")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no agenda item 99")), qPrintable(r.err));
        r = p(split(QStringLiteral("publish ftp://example.org/")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not an http:// or https:// address")),
                 qPrintable(r.err));
        // Nothing of the above was recorded.
        r = p({QStringLiteral("session")});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QStringLiteral("FG-Smart-I-0010 WG")));
    }
};

QTEST_GUILESS_MAIN(TestCliSession)
#include "tst_clisession.moc"
