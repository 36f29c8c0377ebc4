// Submitter: contributions into a drop folder on Apache mod_dav and on
// vsftpd, started on 127.0.0.1; never replacing anyone's file.
#include "Credentials.h"
#include "CurlMulti.h"
#include "FtpServer.h"
#include "HostileServer.h"
#include "Submission.h"
#include "TestServer.h"
#include "Translations.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Plenary;
using namespace PlenaryTest;

namespace {

MeetingInfo smartMeeting() {
    MeetingInfo m;
    m.id = QStringLiteral("fg-smart-1");
    m.title = QStringLiteral("First meeting of the Focus Group on Smart Grid");
    m.start = QDate(2010, 6, 14);
    m.end = QDate(2010, 6, 16);
    m.contributionDeadline = QDate(2010, 6, 7);
    m.secretariatEmail = QStringLiteral("tsbfgsmart@itu.int");
    m.dropFolder = QStringLiteral("ftp://ifa.itu.int/t/fg/smart/docs/incoming/");
    m.documentPrefix = QStringLiteral("FG-Smart-I-");
    return m;
}

QDateTime utc(int y, int mo, int d, int h, int mi = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

SubmissionResult run(Submitter &s, const SubmissionPlan &plan) {
    QSignalSpy finished(&s, &Submitter::finished);
    s.submit(plan, utc(2010, 6, 1, 12));
    if (finished.isEmpty() && !finished.wait(60000))
        qFatal("the submission did not finish");
    return finished.at(0).at(0).value<SubmissionResult>();
}

} // namespace

class TestSubmitter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void numbersTakeTheMeetingsScheme() {
        const MeetingInfo m = smartMeeting();
        QString error;
        QCOMPARE(Submitter::documentNumber(m, QStringLiteral("42"), &error),
                 QStringLiteral("FG-Smart-I-0042"));
        QCOMPARE(Submitter::documentNumber(m, QStringLiteral(" 0042 "), &error),
                 QStringLiteral("FG-Smart-I-0042"));
        QCOMPARE(Submitter::documentNumber(m, QStringLiteral("fg-smart-i-42"), &error),
                 QStringLiteral("FG-Smart-I-0042"));
        QCOMPARE(Submitter::documentNumber(m, QStringLiteral("12345"), &error),
                 QStringLiteral("FG-Smart-I-12345"));
        QVERIFY(error.isEmpty());
        for (const char *bad : {"", "abc", "42/../x", "FG-Smart-I-", "-1"}) {
            error.clear();
            QVERIFY2(Submitter::documentNumber(m, QString::fromLatin1(bad), &error).isEmpty(), bad);
            QVERIFY2(error.contains(QStringLiteral("FG-Smart-I-0042")), qPrintable(error));
        }
        MeetingInfo plain;
        QCOMPARE(Submitter::documentNumber(plain, QStringLiteral("C-12"), &error),
                 QStringLiteral("C-12"));
        QVERIFY(Submitter::documentNumber(plain, QStringLiteral("../C-12"), &error).isEmpty());
    }

    void planNamesFilesAndWarnsWhenLate() {
        QTemporaryDir dir;
        const QString docx = writeFile(dir, QStringLiteral("Smart meters draft.DOCX"), "word");
        const QString pdf = writeFile(dir, QStringLiteral("slides.pdf"), "pdf!");
        const MeetingInfo m = smartMeeting();

        // In time: the drop folder from the meeting, names from the number.
        SubmissionPlan p =
            Submitter::plan(m, {docx, pdf}, QStringLiteral("42"), {}, utc(2010, 6, 7, 23, 59));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.folder, QUrl(QStringLiteral("ftp://ifa.itu.int/t/fg/smart/docs/incoming/")));
        QCOMPARE(p.files.size(), 2);
        QCOMPARE(p.files.at(0).remoteName, QStringLiteral("FG-Smart-I-0042.docx"));
        QCOMPARE(p.files.at(1).remoteName, QStringLiteral("FG-Smart-I-0042.pdf"));
        QCOMPARE(p.files.at(0).size, 4);
        QCOMPARE(p.deadline, utc(2010, 6, 8, 0));
        QCOMPARE(p.secondsLate, 0);

        // Late: by how much.
        p = Submitter::plan(m, {docx}, QStringLiteral("42"), {}, utc(2010, 6, 11, 4, 30));
        QCOMPARE(p.secondsLate, qint64(3 * 86400 + 4 * 3600 + 30 * 60));
        QCOMPARE(Submitter::durationText(p.secondsLate), QStringLiteral("3 days and 4 hours"));
        QCOMPARE(Submitter::durationText(3600), QStringLiteral("1 hour"));
        QCOMPARE(Submitter::durationText(90), QStringLiteral("1 minute"));

        // Without a deadline, the ToR's ten calendar days before the meeting.
        MeetingInfo noDeadline = m;
        noDeadline.contributionDeadline = {};
        p = Submitter::plan(noDeadline, {docx}, QStringLiteral("42"), {}, utc(2010, 6, 5, 0));
        QCOMPARE(p.deadline, utc(2010, 6, 5, 0));
        QCOMPARE(p.secondsLate, 0);

        // --to wins over the meeting's folder.
        p = Submitter::plan(m, {docx}, QStringLiteral("42"),
                            QUrl(QStringLiteral("https://dav.example.org/in")), utc(2010, 6, 1, 0));
        QCOMPARE(p.folder, QUrl(QStringLiteral("https://dav.example.org/in/")));

        // Bad input: clear errors, nothing planned.
        p = Submitter::plan(m, {docx, writeFile(dir, QStringLiteral("annex.docx"), "a")},
                            QStringLiteral("42"), {}, utc(2010, 6, 1, 0));
        QVERIFY2(p.error.contains(QStringLiteral("FG-Smart-I-0042.docx")), qPrintable(p.error));
        p = Submitter::plan(m, {writeFile(dir, QStringLiteral("README"), "r")},
                            QStringLiteral("42"), {}, utc(2010, 6, 1, 0));
        QVERIFY2(p.error.contains(QStringLiteral("extension")), qPrintable(p.error));
        p = Submitter::plan(m, {dir.filePath(QStringLiteral("missing.pdf"))}, QStringLiteral("42"),
                            {}, utc(2010, 6, 1, 0));
        QVERIFY2(p.error.contains(QStringLiteral("missing.pdf")), qPrintable(p.error));
        QVERIFY(!p.badNumber);
        p = Submitter::plan(m, {docx}, QStringLiteral("forty-two"), {}, utc(2010, 6, 1, 0));
        QVERIFY(p.badNumber);
        QVERIFY2(p.error.contains(QStringLiteral("forty-two")), qPrintable(p.error));
        MeetingInfo noFolder = m;
        noFolder.dropFolder.clear();
        p = Submitter::plan(noFolder, {docx}, QStringLiteral("42"), {}, utc(2010, 6, 1, 0));
        QVERIFY2(p.error.contains(QStringLiteral("drop folder")), qPrintable(p.error));
    }

    void numberRequestMail() {
        const QUrl mail = Submitter::numberRequest(
            smartMeeting(), {QStringLiteral("/home/d/Smart meters & tariffs.docx")});
        QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
        QCOMPARE(mail.path(), QStringLiteral("tsbfgsmart@itu.int"));
        const QUrlQuery q(mail);
        QCOMPARE(q.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 QStringLiteral("Document number request: First meeting of the Focus Group on "
                                "Smart Grid"));
        QVERIFY2(q.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                     .contains(QStringLiteral("- Smart meters & tariffs.docx")),
                 qPrintable(mail.toString()));
        QVERIFY(!Submitter::numberRequest(MeetingInfo{}, {}).isValid());
    }

    void submitToApacheDav() {
        if (const QString missing = TestServer::missing(TestServer::ApacheDav); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir www, local;
        QVERIFY(QDir(www.path()).mkpath(QStringLiteral("incoming")));
        TestServer server(TestServer::ApacheDav);
        QString error;
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        const QUrl folder = server.url(QStringLiteral("/incoming/"));
        const QString docx = writeFile(local, QStringLiteral("draft.docx"), QByteArray(70000, 'w'));
        const QString pdf = writeFile(local, QStringLiteral("draft.pdf"), QByteArray(3000, 'p'));
        QNetworkAccessManager nam;
        CurlMulti curl;
        Submitter submitter(nam, nullptr, curl);
        const MeetingInfo m = smartMeeting();

        SubmissionResult r = run(submitter, Submitter::plan(m, {docx, pdf}, QStringLiteral("42"),
                                                            folder, utc(2010, 6, 1, 0)));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.submitted.size(), 2);
        QCOMPARE(r.submitted.at(0).name, QStringLiteral("FG-Smart-I-0042.docx"));
        QCOMPARE(r.submitted.at(0).number, QStringLiteral("FG-Smart-I-0042"));
        QCOMPARE(r.submitted.at(0).size, 70000);
        QCOMPARE(r.submitted.at(0).sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(QByteArray(70000, 'w'), QCryptographicHash::Sha256)
                         .toHex()));
        QCOMPARE(readFile(www.filePath(QStringLiteral("incoming/FG-Smart-I-0042.docx"))),
                 QByteArray(70000, 'w'));
        QCOMPARE(readFile(www.filePath(QStringLiteral("incoming/FG-Smart-I-0042.pdf"))),
                 QByteArray(3000, 'p'));

        // Someone else's file under that name: refused before anything is
        // sent, and the file there is untouched.
        const QString other = writeFile(local, QStringLiteral("other.pdf"), "other delegate");
        r = run(submitter,
                Submitter::plan(m, {other}, QStringLiteral("42"), folder, utc(2010, 6, 1, 0)));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("already in the drop folder")),
                 qPrintable(r.error));
        QCOMPARE(readFile(www.filePath(QStringLiteral("incoming/FG-Smart-I-0042.pdf"))),
                 QByteArray(3000, 'p'));
    }

    // nginx's dav module ignores If-None-Match; a folder that refuses HEAD
    // (write-only) hides the file there. The PUT's 204 ("replaced") must
    // not pass for a new file: reported, recorded, and nothing more sent.
    void aServerThatOverwritesIsReported() {
        if (const QString missing = TestServer::missing(TestServer::Nginx); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir www, local;
        QVERIFY(QDir(www.path()).mkpath(QStringLiteral("incoming")));
        QVERIFY(
            !writeFile(www, QStringLiteral("incoming/FG-Smart-I-0009.docx"), "theirs").isEmpty());
        TestServer server(TestServer::Nginx);
        QString error;
        QVERIFY2(server.start(www.path(), &error,
                              QStringLiteral("location /incoming/ { dav_methods PUT; "
                                             "limit_except PUT { deny all; } }")),
                 qPrintable(error));
        const QUrl folder = server.url(QStringLiteral("/incoming/"));
        QNetworkAccessManager nam;
        CurlMulti curl;
        Submitter submitter(nam, nullptr, curl);
        const MeetingInfo m = smartMeeting();

        // A free name: 201, fine.
        const QString first = writeFile(local, QStringLiteral("a.pdf"), QByteArray(5000, 'a'));
        SubmissionResult r = run(submitter, Submitter::plan(m, {first}, QStringLiteral("8"), folder,
                                                            utc(2010, 6, 1, 0)));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(readFile(www.filePath(QStringLiteral("incoming/FG-Smart-I-0008.pdf"))),
                 QByteArray(5000, 'a'));

        // A taken one: HEAD is refused, the PUT replaces (204).
        const QString docx = writeFile(local, QStringLiteral("b.docx"), QByteArray(4000, 'b'));
        const QString pdf = writeFile(local, QStringLiteral("b.pdf"), QByteArray(3000, 'b'));
        server.clearLog();
        r = run(submitter,
                Submitter::plan(m, {docx, pdf}, QStringLiteral("9"), folder, utc(2010, 6, 1, 0)));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("replaced a file of that name (HTTP 204)")),
                 qPrintable(r.error));
        QCOMPARE(r.submitted.size(), 1);
        QCOMPARE(r.submitted.at(0).name, QStringLiteral("FG-Smart-I-0009.docx"));
        QVERIFY2(!server.requests()
                      .join(QLatin1Char('\n'))
                      .contains(QStringLiteral("PUT /incoming/FG-Smart-I-0009.pdf")),
                 qPrintable(server.requests().join(QLatin1Char('\n'))));
        QVERIFY(!QFile::exists(www.filePath(QStringLiteral("incoming/FG-Smart-I-0009.pdf"))));
    }

    // S3-style servers (MinIO...) answer 200 to a PUT that creates. After
    // a look that found nothing (404), that is a new file, not a replaced one.
    void aCreatingPutAnswered200IsFine() {
        HostileServer server;
        HostileServer::Response missing;
        missing.status = 404;
        missing.reason = "Not Found";
        HostileServer::Response created;
        created.reason = "OK";
        for (const auto &[name, size] : {std::pair<QByteArray, int>{"FG-Smart-I-0042.docx", 4000},
                                         std::pair<QByteArray, int>{"FG-Smart-I-0042.pdf", 3000}}) {
            const QByteArray path = "/incoming/" + name;
            server.route("HEAD", path, {missing, HostileServer::file(QByteArray(size, 'x'))});
            server.route("PUT", path, {created});
        }
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir local;
        const QString docx = writeFile(local, QStringLiteral("d.docx"), QByteArray(4000, 'x'));
        const QString pdf = writeFile(local, QStringLiteral("d.pdf"), QByteArray(3000, 'x'));
        QNetworkAccessManager nam;
        CurlMulti curl;
        Submitter submitter(nam, nullptr, curl);
        const SubmissionResult r =
            run(submitter,
                Submitter::plan(smartMeeting(), {docx, pdf}, QStringLiteral("42"),
                                server.url(QStringLiteral("/incoming/")), utc(2010, 6, 1, 0)));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.submitted.size(), 2);
        QVERIFY2(server.requests().contains(
                     QStringLiteral("PUT /incoming/FG-Smart-I-0042.pdf HTTP/1.1")),
                 qPrintable(server.requests().join(QLatin1Char('\n'))));
    }

    void submitToVsftpd() {
        if (!FtpServer::missing().isEmpty())
            QSKIP(qPrintable(FtpServer::missing()));
        QTemporaryDir root, local;
        const QString incoming = root.filePath(QStringLiteral("t/fg/smart/docs/incoming"));
        QVERIFY(QDir().mkpath(incoming));
        // vsftpd lets anonymous users write only into a folder others may write.
        QVERIFY(QFile::setPermissions(incoming, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                    QFileDevice::WriteOther |
                                                    QFileDevice::ExeOther));
        const QByteArray theirs = "already there";
        QVERIFY(
            !writeFile(root, QStringLiteral("t/fg/smart/docs/incoming/FG-Smart-I-0007.pdf"), theirs)
                 .isEmpty());
        FtpServer server;
        QString error;
        QVERIFY2(server.start(root.path(), &error), qPrintable(error));
        const QUrl folder = server.url(QStringLiteral("/t/fg/smart/docs/incoming/"));
        QNetworkAccessManager nam;
        CurlMulti curl;
        Submitter submitter(nam, nullptr, curl);
        const MeetingInfo m = smartMeeting();
        const QString doc = writeFile(local, QStringLiteral("c.docx"), QByteArray(120000, 'c'));

        SubmissionResult r = run(
            submitter, Submitter::plan(m, {doc}, QStringLiteral("43"), folder, utc(2010, 6, 1, 0)));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.submitted.size(), 1);
        QCOMPARE(readFile(incoming + QStringLiteral("/FG-Smart-I-0043.docx")),
                 QByteArray(120000, 'c'));
        QVERIFY(server.log().contains(QStringLiteral("STOR FG-Smart-I-0043.docx")));

        // Number 7 is taken: refused, no STOR, their file as it was.
        const QString mine = writeFile(local, QStringLiteral("mine.pdf"), "mine");
        r = run(submitter,
                Submitter::plan(m, {mine}, QStringLiteral("7"), folder, utc(2010, 6, 1, 0)));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("FG-Smart-I-0007.pdf")), qPrintable(r.error));
        QVERIFY(!server.log().contains(QStringLiteral("STOR FG-Smart-I-0007.pdf")));
        QCOMPARE(readFile(incoming + QStringLiteral("/FG-Smart-I-0007.pdf")), theirs);
    }
};

QTEST_GUILESS_MAIN(TestSubmitter)
#include "tst_submitter.moc"
