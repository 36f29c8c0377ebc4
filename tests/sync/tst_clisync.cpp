// plenary-cli sync as a user runs it, against nginx on 127.0.0.1.
#include "FtpServer.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace PlenaryTest;

namespace {
struct Run {
    int code = -1;
    QString out, err;
};
Run cli(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral(PLENARY_CLI), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestCliSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void syncsAndReportsFailures() {
        if (!TestServer::missing(TestServer::Nginx).isEmpty())
            QSKIP("nginx is not installed");
        QTemporaryDir www, data;
        const QString folder = www.filePath(QStringLiteral("docs"));
        generateMeetingFolder(folder, 10, 1000, 20000, 9, false);
        TestServer server(TestServer::Nginx);
        QString error;
        // The file is refused once a "deny" flag file exists beside the folder.
        QVERIFY2(server.start(www.path(), &error,
                              QStringLiteral("location = /docs/in/FG-Smart-I-0001.pdf {\n"
                                             "  if (-f $document_root/deny) { return 403; }\n}")),
                 qPrintable(error));
        const QString url = server.url(QStringLiteral("/docs/")).toString();

        Run r = cli({QStringLiteral("sync"), url, QStringLiteral("--data-dir"), data.path(),
                     QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("downloaded")).toInt(), 12);
        r = cli({QStringLiteral("sync"), url, QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("0 downloaded")) &&
                     r.out.contains(QStringLiteral("12 unchanged")) &&
                     r.out.contains(QStringLiteral("(3 requests)")),
                 qPrintable(r.out));

        // A file the server refuses: exit 1, the document named with the reason.
        QFile deny(www.filePath(QStringLiteral("deny")));
        QVERIFY(deny.open(QIODevice::WriteOnly));
        deny.close();
        QFile changed(folder + QStringLiteral("/in/FG-Smart-I-0001.pdf"));
        QVERIFY(changed.open(QIODevice::Append));
        changed.write("changed");
        changed.close();
        r = cli({QStringLiteral("sync"), url, QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("FG-Smart-I-0001 (in/FG-Smart-I-0001.pdf): HTTP 403")),
            qPrintable(r.err));
    }

    void syncsAnFtpFolder() {
        if (!FtpServer::missing().isEmpty())
            QSKIP(qPrintable(FtpServer::missing()));
        QTemporaryDir root, data;
        const QString n =
            QString::number(generateMeetingFolder(root.filePath(QStringLiteral("t/fg/smart/docs")),
                                                  8, 1000, 20000, 3, false)
                                .size());
        FtpServer server;
        QString error;
        QVERIFY2(server.start(root.path(), &error), qPrintable(error));
        const QString url = server.url(QStringLiteral("/t/fg/smart/docs/")).toString();
        Run r = cli({QStringLiteral("sync"), url, QStringLiteral("--data-dir"), data.path()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(n + QStringLiteral(" downloaded")), qPrintable(r.out));
        r = cli({QStringLiteral("sync"), url, QStringLiteral("--data-dir"), data.path()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("0 downloaded")) &&
                     r.out.contains(n + QStringLiteral(" unchanged")) &&
                     r.out.contains(QStringLiteral("(3 requests)")),
                 qPrintable(r.out));
    }

    void writesAManifest() {
        QTemporaryDir dir;
        const QList<GeneratedFile> files =
            generateMeetingFolder(dir.filePath(QStringLiteral("docs")), 6, 100, 2000, 12, false);
        const QString draft = dir.filePath(QStringLiteral("draft.json"));
        QFile f(draft);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"format": "plenary-meeting/1", "meeting": {"id": "fg-smart-1", "title": "FG Smart, first meeting"},
                   "documents": []})");
        f.close();
        Run r = cli({QStringLiteral("manifest"), dir.filePath(QStringLiteral("docs")),
                     QStringLiteral("--meeting"), draft});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(
            o.value(QStringLiteral("meeting")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("fg-smart-1"));
        int count = 0;
        for (const auto &d : o.value(QStringLiteral("documents")).toArray())
            count += int(d.toObject().value(QStringLiteral("files")).toArray().size());
        QCOMPARE(count, files.size());
        QVERIFY2(r.out.contains(QStringLiteral("\"in/")), qPrintable(r.out.left(2000)));
        // A folder that is not there: exit 1, said.
        r = cli({QStringLiteral("manifest"), dir.filePath(QStringLiteral("nowhere"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nowhere")), qPrintable(r.err));
    }

    void submitsAContribution() {
        if (const QString missing = TestServer::missing(TestServer::ApacheDav); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir www, data, local;
        QVERIFY(QDir(www.path()).mkpath(QStringLiteral("incoming")));
        TestServer server(TestServer::ApacheDav);
        QString error;
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        const QString to = server.url(QStringLiteral("/incoming/")).toString();
        // The demo meeting (FG Smart, 2010) is the current one on first start.
        QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("--data-dir"), data.path()}).code, 0);
        const QString file = local.filePath(QStringLiteral("My draft.docx"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'd'));
        f.close();

        Run r =
            cli({QStringLiteral("submit"), file, QStringLiteral("--number"), QStringLiteral("42"),
                 QStringLiteral("--to"), to, QStringLiteral("--data-dir"), data.path()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Submitted FG-Smart-I-0042.docx (5000 bytes)")),
                 qPrintable(r.out));
        // 2010's deadline has long passed: said, with by how much.
        QVERIFY2(r.err.contains(QStringLiteral("deadline")) &&
                     r.err.contains(QStringLiteral("days")),
                 qPrintable(r.err));
        QCOMPARE(QFileInfo(www.filePath(QStringLiteral("incoming/FG-Smart-I-0042.docx"))).size(),
                 5000);

        // Again: the name is taken; refused, exit 1.
        r = cli({QStringLiteral("submit"), file, QStringLiteral("--number"), QStringLiteral("42"),
                 QStringLiteral("--to"), to, QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already in the drop folder")), qPrintable(r.err));
        // No number, or not a number: exit 2, the secretariat's address given.
        r = cli({QStringLiteral("submit"), file, QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("submit"), file, QStringLiteral("--number"), QStringLiteral("x"),
                 QStringLiteral("--to"), to, QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("tsbfgsmart@itu.int")), qPrintable(r.err));
    }

    void userAndPasswordFromTheEnvironment() {
        if (!TestServer::missing(TestServer::Nginx).isEmpty())
            QSKIP("nginx is not installed");
        QTemporaryDir www, data;
        generateMeetingFolder(www.filePath(QStringLiteral("p")), 3, 100, 1000, 4, false, false);
        TestServer server(TestServer::Nginx);
        QString error;
        QVERIFY2(server.start(www.path(), &error,
                              server.basicAuthConfig(QStringLiteral("/p/"), QStringLiteral("chair"),
                                                     QStringLiteral("s3cret"))),
                 qPrintable(error));
        const QString url = server.url(QStringLiteral("/p/")).toString();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PLENARY_PASSWORD"), QStringLiteral("s3cret"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PLENARY_CLI),
                {QStringLiteral("sync"), url, QStringLiteral("--user"), QStringLiteral("chair"),
                 QStringLiteral("--data-dir"), data.path()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(
            QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("3 downloaded")));
        // Without the user: 401, named, exit 1.
        const Run r = cli({QStringLiteral("sync"), url, QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("HTTP 401")), qPrintable(r.err));
    }

    void passwordRememberedInTheKeychain() {
        // --save-password puts it in a real keychain (gnome-keyring in a
        // private D-Bus session); a later sync without --user finds it there.
        if (!TestServer::missing(TestServer::Nginx).isEmpty())
            QSKIP("nginx is not installed");
        QTemporaryDir www, first, second;
        generateMeetingFolder(www.filePath(QStringLiteral("k")), 2, 100, 1000, 6, false, false);
        TestServer server(TestServer::Nginx);
        QString error;
        QVERIFY2(server.start(www.path(), &error,
                              server.basicAuthConfig(QStringLiteral("/k/"), QStringLiteral("chair"),
                                                     QStringLiteral("s3cret"))),
                 qPrintable(error));
        const QString url = server.url(QStringLiteral("/k/")).toString();
        const QString script = QStringLiteral("set -e\n"
                                              "PLENARY_PASSWORD=s3cret \"$1\" sync \"$2\" --user "
                                              "chair --save-password --data-dir \"$3\"\n"
                                              "echo ---\n"
                                              "\"$1\" sync \"$2\" --data-dir \"$4\"\n");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PLENARY_NO_KEYCHAIN"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(PLENARY_WITH_KEYRING),
                {QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
                 QStringLiteral(PLENARY_CLI), url, first.path(), second.path()});
        QVERIFY(p.waitForFinished(120000));
        const QString output = QString::fromUtf8(p.readAll());
        if (p.exitCode() == 77)
            QSKIP(qPrintable(output));
        QVERIFY2(p.exitCode() == 0, qPrintable(output));
        QCOMPARE(output.count(QStringLiteral("2 downloaded")), 2);
    }

    void badArguments() {
        QTemporaryDir data;
        Run r = cli({QStringLiteral("sync"), QStringLiteral("gopher://example.org/x/"),
                     QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(
                     QStringLiteral("is not an http://, https://, ftp:// or ftps:// address")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("sync"), QStringLiteral("http://127.0.0.1:9/"),
                 QStringLiteral("--jobs"), QStringLiteral("0")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--jobs")));
        // Nothing listens on port 9: a clear error, exit 1.
        r = cli({QStringLiteral("sync"), QStringLiteral("http://127.0.0.1:9/docs/"),
                 QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("plenary-cli: http://127.0.0.1:9/")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
