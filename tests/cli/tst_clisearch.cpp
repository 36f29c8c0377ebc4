// plenary-cli index and search on the demo meeting: the index is brought up
// to date and kept, hits are one line each with the document number first.
#include "CliRun.h"
#include "SimplePdf.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = PlenaryTest::CliRun;
Run cli(const QString &dataDir, const QStringList &args) {
    return PlenaryTest::runCli(dataDir, args);
}
} // namespace

class TestCliSearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void indexThenSearch() {
        QTemporaryDir dir;
        Run r = cli(dir.path(), {QStringLiteral("index")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("indexed 36 files, ")), qPrintable(r.out + r.err));
        r = cli(dir.path(), {QStringLiteral("index")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("36 unchanged")), qPrintable(r.out));
        QVERIFY2(r.out.startsWith(QStringLiteral("indexed 0 files")), qPrintable(r.out));

        r = cli(dir.path(),
                {QStringLiteral("search"), QStringLiteral("demand"), QStringLiteral("response")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        static const QRegularExpression line(QStringLiteral(
            "^FG-Smart-I-\\d{4} p\\.\\d+ FG-Smart-I-\\d{4}\\.pdf: .*\\[[Dd]emand\\]"));
        for (const QString &l : lines)
            QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
        QVERIFY(r.out.contains(QStringLiteral("FG-Smart-I-0011 p.1")));

        r = cli(dir.path(), {QStringLiteral("search"), QStringLiteral("demand"),
                             QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);
        // Nothing found: exit 1 and no output, like grep.
        r = cli(dir.path(), {QStringLiteral("search"), QStringLiteral("zeppelin")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        r = cli(dir.path(), {QStringLiteral("search")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("usage: search")), qPrintable(r.err));
        r = cli(dir.path(), {QStringLiteral("search"), QStringLiteral("x"),
                             QStringLiteral("--limit"), QStringLiteral("none")});
        QCOMPARE(r.code, 2);
    }

    // A folder synced from nginx, files in sub-folders: index finds them
    // where sync put them.
    void syncedFolderIsIndexed() {
        using PlenaryTest::TestServer;
        if (!TestServer::missing(TestServer::Nginx).isEmpty())
            QSKIP("nginx is not installed");
        QTemporaryDir www, data;
        const QDir docs(www.filePath(QStringLiteral("docs")));
        QVERIFY(docs.mkpath(QStringLiteral("in")) && docs.mkpath(QStringLiteral("out")));
        auto write = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        Plenary::SimplePdf in;
        in.add(Plenary::SimplePdf::Style::Body, QStringLiteral("Vehicle-to-grid charging."));
        write(docs.filePath(QStringLiteral("in/T17-SG17-C-0101.pdf")), in.render());
        Plenary::SimplePdf out;
        out.add(Plenary::SimplePdf::Style::Body, QStringLiteral("Reply on vehicle charging."));
        write(docs.filePath(QStringLiteral("out/T17-SG17-C-0102.pdf")), out.render());
        write(
            docs.filePath(QStringLiteral("T17-SG17-C-0103.asn")),
            QByteArrayLiteral("-- Charging of vehicles\nChargingModule DEFINITIONS ::= BEGIN END"));
        TestServer server(TestServer::Nginx);
        QString error;
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        Run r = cli(data.path(),
                    {QStringLiteral("sync"), server.url(QStringLiteral("/docs/")).toString()});
        QCOMPARE(r.code, 0);
        r = cli(data.path(), {QStringLiteral("index")});
        QVERIFY2(r.out.startsWith(QStringLiteral("indexed 3 files")), qPrintable(r.out + r.err));
        r = cli(data.path(), {QStringLiteral("search"), QStringLiteral("charging")});
        QCOMPARE(r.code, 0);
        for (const char *hit : {"T17-SG17-C-0101 p.1 in/T17-SG17-C-0101.pdf: ",
                                "T17-SG17-C-0102 p.1 out/T17-SG17-C-0102.pdf: ",
                                "T17-SG17-C-0103 p.1 T17-SG17-C-0103.asn: "})
            QVERIFY2(r.out.contains(QLatin1String(hit)), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_clisearch.moc"
