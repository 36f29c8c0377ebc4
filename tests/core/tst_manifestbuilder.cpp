#include "ManifestBuilder.h"
#include "MeetingJson.h"
#include "SimplePdf.h"
#include "TestUtil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Plenary;

namespace {
const QDateTime kMay1 = QDateTime(QDate(2026, 5, 1), QTime(9, 0, 0), QTimeZone::utc());

/// Writes @p content at @p dir/@p name (making folders) with modification time @p mtime.
bool put(const QString &dir, const QString &name, const QByteArray &content,
         const QDateTime &mtime = kMay1) {
    const QString path = dir + QLatin1Char('/') + name;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() && f.flush() &&
           f.setFileTime(mtime, QFileDevice::FileModificationTime);
}

QString sha256(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const Document *find(const MeetingData &m, const QString &number) {
    return m.document(number);
}

QStringList fileNames(const Document &d) {
    QStringList names;
    for (const DocumentFile &f : d.files)
        names << f.name;
    return names;
}

QStringList allFileNames(const MeetingData &m) {
    QStringList names;
    for (const Document &d : m.documents)
        names << fileNames(d);
    return names;
}
} // namespace

class TestManifestBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void filesHaveSizeChecksumAndTime() {
        QTemporaryDir tmp;
        const QByteArray small("hello");
        // More than three 1 MiB blocks, not a multiple of one.
        QByteArray big(3 * 1024 * 1024 + 7, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char((i * 131) % 251);
        const QDateTime withMs(QDate(2026, 4, 30), QTime(17, 45, 12, 750), QTimeZone::utc());
        QVERIFY(put(tmp.path(), "FG-Smart-I-0001.txt", small, withMs));
        QVERIFY(put(tmp.path(), "FG-Smart-I-0002.zip", big));

        const auto r = ManifestBuilder::build(tmp.path(), std::nullopt);
        QVERIFY2(r.meeting, qPrintable(r.error));
        QCOMPARE(r.skipped, QStringList());
        QCOMPARE(r.meeting->documents.size(), 2);
        const Document *d1 = find(*r.meeting, "FG-Smart-I-0001");
        QVERIFY(d1);
        QCOMPARE(d1->files.size(), 1);
        const DocumentFile &f1 = d1->files.first();
        QCOMPARE(f1.name, QStringLiteral("FG-Smart-I-0001.txt"));
        QCOMPARE(f1.size, qint64(5));
        QCOMPARE(
            f1.sha256,
            QStringLiteral("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"));
        // Whole seconds, UTC.
        QCOMPARE(f1.mtime, QDateTime(QDate(2026, 4, 30), QTime(17, 45, 12), QTimeZone::utc()));
        QCOMPARE(f1.mtime.offsetFromUtc(), 0);
        QCOMPARE(d1->received, f1.mtime);

        const Document *d2 = find(*r.meeting, "FG-Smart-I-0002");
        QVERIFY(d2);
        QCOMPARE(d2->files.first().size, big.size());
        QCOMPARE(d2->files.first().sha256, sha256(big));
        QCOMPARE(d2->files.first().mtime, kMay1);
    }

    void filesOfOneNumberMakeOneDocument() {
        QTemporaryDir tmp;
        const QDateTime early = kMay1.addDays(-2);
        QVERIFY(put(tmp.path(), "FG-Smart-I-0011.pdf", "not really a pdf"));
        QVERIFY(put(tmp.path(), "FG-Smart-I-0011_Use-cases.docx", "docx", early));
        QVERIFY(put(tmp.path(), "FG-Smart-I-LS-0012.doc", "ls"));
        QVERIFY(put(tmp.path(), "Agenda.txt", "\n  \n  Draft agenda   of the meeting \nsecond\n"));

        const auto r = ManifestBuilder::build(tmp.path(), std::nullopt);
        QVERIFY2(r.meeting, qPrintable(r.error));
        // Sorted by number when there is no base.
        QStringList numbers;
        for (const Document &d : r.meeting->documents)
            numbers << d.number;
        QCOMPARE(numbers, QStringList({"Agenda", "FG-Smart-I-0011", "FG-Smart-I-LS-0012"}));

        const Document *d = find(*r.meeting, "FG-Smart-I-0011");
        QCOMPARE(fileNames(*d),
                 QStringList({"FG-Smart-I-0011.pdf", "FG-Smart-I-0011_Use-cases.docx"}));
        QCOMPARE(d->received, early);
        // Not a PDF QtPdf can read: the title comes from the other name.
        QCOMPARE(d->title, QStringLiteral("Use cases"));
        QCOMPARE(find(*r.meeting, "FG-Smart-I-LS-0012")->type, DocumentType::IncomingLiaison);
        // An unrecognised name is its own document, titled by its first line.
        QCOMPARE(find(*r.meeting, "Agenda")->title, QStringLiteral("Draft agenda of the meeting"));
    }

    void pdfTitleFromMetadata() {
        QTemporaryDir tmp;
        SimplePdf pdf;
        pdf.setTitle(QStringLiteral("Smart grid use cases — 智能电网"));
        pdf.add(SimplePdf::Style::Body, QStringLiteral("Body"));
        QVERIFY(put(tmp.path(), "FG-Smart-I-0021_Other-words.pdf", pdf.render()));
        SimplePdf word;
        word.setTitle(QStringLiteral("Microsoft Word - FG-Smart-I-0022.docx"));
        word.add(SimplePdf::Style::Body, QStringLiteral("Body"));
        QVERIFY(put(tmp.path(), "FG-Smart-I-0022_Demand-response.pdf", word.render()));

        const auto r = ManifestBuilder::build(tmp.path(), std::nullopt);
        QVERIFY2(r.meeting, qPrintable(r.error));
        QCOMPARE(find(*r.meeting, "FG-Smart-I-0021")->title,
                 QStringLiteral("Smart grid use cases — 智能电网"));
        // The word processor's own title says nothing: the file name does.
        QCOMPARE(find(*r.meeting, "FG-Smart-I-0022")->title, QStringLiteral("Demand response"));
    }

    void subFoldersKeepTheirPath() {
        QTemporaryDir tmp;
        QVERIFY(put(tmp.path(), "FG-Smart-I-0001.pdf", "top"));
        QVERIFY(put(tmp.path(), "in/FG-Smart-I-0001.docx", "in"));
        QVERIFY(put(tmp.path(), "in/late/FG-Smart-I-0003.pdf", "late"));
        QVERIFY(put(tmp.path(), "in/late/deeper/FG-Smart-I-0004.pdf", "too deep"));

        auto r = ManifestBuilder::build(tmp.path(), std::nullopt);
        QVERIFY2(r.meeting, qPrintable(r.error));
        QCOMPARE(fileNames(*find(*r.meeting, "FG-Smart-I-0001")),
                 QStringList({"FG-Smart-I-0001.pdf", "in/FG-Smart-I-0001.docx"}));
        QCOMPARE(fileNames(*find(*r.meeting, "FG-Smart-I-0003")),
                 QStringList({"in/late/FG-Smart-I-0003.pdf"}));
        QVERIFY(!find(*r.meeting, "FG-Smart-I-0004"));
        QCOMPARE(r.skipped.size(), 1);
        QVERIFY2(r.skipped.first().startsWith("in/late/deeper/: "), qPrintable(r.skipped.first()));

        // Deeper than a manifest name may go is clamped; 0 keeps the top only.
        r = ManifestBuilder::build(tmp.path(), std::nullopt, ManifestOptions{9});
        QVERIFY(!find(*r.meeting, "FG-Smart-I-0004"));
        r = ManifestBuilder::build(tmp.path(), std::nullopt, ManifestOptions{0});
        QCOMPARE(allFileNames(*r.meeting), QStringList({"FG-Smart-I-0001.pdf"}));
        QCOMPARE(r.skipped.size(), 1);
        QVERIFY2(r.skipped.first().startsWith("in/: "), qPrintable(r.skipped.first()));
    }

    void hiddenFilesAndTheManifestAreLeftOut() {
        QTemporaryDir tmp;
        QVERIFY(put(tmp.path(), "FG-Smart-I-0001.pdf", "a"));
        QVERIFY(put(tmp.path(), ".DS_Store", "x"));
        QVERIFY(put(tmp.path(), ".git/FG-Smart-I-0005.pdf", "x"));
        QVERIFY(put(tmp.path(), "in/.FG-Smart-I-0006.pdf.part", "x"));
        QVERIFY(put(tmp.path(), "meeting.json", "{}"));

        const auto r = ManifestBuilder::build(tmp.path(), std::nullopt);
        QVERIFY2(r.meeting, qPrintable(r.error));
        QCOMPARE(allFileNames(*r.meeting), QStringList({"FG-Smart-I-0001.pdf"}));
        QCOMPARE(r.skipped, QStringList());
    }

    void unsafeNamesAreReported() {
        QTemporaryDir tmp;
        QVERIFY(put(tmp.path(), "FG-Smart-I-0001.pdf", "a"));
        const QString rlo = QStringLiteral("FG-Smart-I-0002\u202Efdp.exe");
        QVERIFY(put(tmp.path(), rlo, "b"));
        QVERIFY(put(tmp.path(), "in/bad\u202Edir/FG-Smart-I-0003.pdf", "c"));

        const auto r = ManifestBuilder::build(tmp.path(), std::nullopt);
        QVERIFY2(r.meeting, qPrintable(r.error));
        QCOMPARE(allFileNames(*r.meeting), QStringList({"FG-Smart-I-0001.pdf"}));
        // Shown with the override spelled out, so the report cannot be reversed by it.
        QCOMPARE(r.skipped,
                 QStringList({"FG-Smart-I-0002<U+202E>fdp.exe: the name contains a bidirectional "
                              "control character",
                              "in/bad<U+202E>dir: the name contains a bidirectional control "
                              "character"}));
    }

    void linksLeavingTheFolderAreReported() {
        QTemporaryDir tmp;
        const QString root = tmp.filePath("meeting");
        QVERIFY(put(root, "FG-Smart-I-0001.pdf", "a"));
        QVERIFY(put(tmp.path(), "secret.txt", "outside"));
        QVERIFY(QFile::link(tmp.filePath("secret.txt"), root + "/FG-Smart-I-0002.txt"));
        QVERIFY(QFile::link(tmp.path(), root + "/up"));
        QVERIFY(QFile::link(root + "/FG-Smart-I-0001.pdf", root + "/FG-Smart-I-0003.pdf"));
        QVERIFY(QFile::link(root + "/nothing", root + "/FG-Smart-I-0004.pdf"));

        const auto r = ManifestBuilder::build(root, std::nullopt);
        QVERIFY2(r.meeting, qPrintable(r.error));
        // A link inside the folder is a file like any other.
        QCOMPARE(allFileNames(*r.meeting),
                 QStringList({"FG-Smart-I-0001.pdf", "FG-Smart-I-0003.pdf"}));
        QCOMPARE(find(*r.meeting, "FG-Smart-I-0003")->files.first().sha256, sha256("a"));
        QCOMPARE(r.skipped, QStringList({"FG-Smart-I-0002.txt: the link points outside the folder",
                                         "FG-Smart-I-0004.pdf: the link points to nothing",
                                         "up: the link points outside the folder"}));
    }

    void unreadableFilesAndFoldersAreSkipped() {
        QTemporaryDir tmp;
        QVERIFY(put(tmp.path(), "FG-Smart-I-0001.pdf", "a"));
        QVERIFY(put(tmp.path(), "FG-Smart-I-0002.pdf", "b"));
        QVERIFY(put(tmp.path(), "in/FG-Smart-I-0003.pdf", "c"));
        const QString locked = tmp.filePath("FG-Smart-I-0002.pdf");
        const QString lockedDir = tmp.filePath("in");
        QVERIFY(QFile::setPermissions(locked, {}));
        QVERIFY(QFile::setPermissions(lockedDir, {}));
        const auto unlock = qScopeGuard([&] {
            QFile::setPermissions(lockedDir,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        if (QFile probe(locked); probe.open(QIODevice::ReadOnly))
            QSKIP("permissions do not keep this user out (root?)");
        const auto r = ManifestBuilder::build(tmp.path(), std::nullopt);
        QVERIFY2(r.meeting, qPrintable(r.error));
        QCOMPARE(allFileNames(*r.meeting), QStringList({"FG-Smart-I-0001.pdf"}));
        QCOMPARE(r.skipped.size(), 2);
        QVERIFY2(r.skipped.at(0).startsWith("FG-Smart-I-0002.pdf: "), qPrintable(r.skipped.at(0)));
        QCOMPARE(r.skipped.at(1), QStringLiteral("in/: the folder cannot be read"));
    }

    void meetingFromTheFolderName() {
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("SG17 Genève, 2026"));
        QVERIFY(put(root, "C-0001.pdf", "a"));
        const auto r = ManifestBuilder::build(root + "/", std::nullopt);
        QVERIFY2(r.meeting, qPrintable(r.error));
        QCOMPARE(r.meeting->meeting.id, QStringLiteral("sg17-geneve-2026"));
        QCOMPARE(r.meeting->meeting.title, QStringLiteral("SG17 Genève, 2026"));
        QCOMPARE(r.meeting->meeting.group, QString());
        QVERIFY(r.meeting->agenda.isEmpty());
    }

    void baseIsKeptAndItsFilesReplaced() {
        MeetingData base = PlenaryTest::sampleMeeting();
        base.allocations.insert("T25-SG17-C-0001", {"WP2", "3"});
        base.documents[2].received = {}; // T25-SG17-LS-0003: given no date
        QTemporaryDir tmp;
        const QDateTime early = kMay1.addDays(-1);
        QVERIFY(put(tmp.path(), "T25-SG17-C-0001_Whatever-name.pdf", "new pdf"));
        QVERIFY(put(tmp.path(), "T25-SG17-LS-0003.docx", "ls", early));
        QVERIFY(put(tmp.path(), "T25-SG17-C-0099_New-proposal.docx", "new"));

        const auto r = ManifestBuilder::build(tmp.path(), base);
        QVERIFY2(r.meeting, qPrintable(r.error));
        const MeetingData &m = *r.meeting;
        QCOMPARE(m.meeting, base.meeting);
        QCOMPARE(m.agenda, base.agenda);
        QCOMPARE(m.workingGroups, base.workingGroups);
        // Session state is not part of a manifest.
        QVERIFY(m.allocations.isEmpty());

        QCOMPARE(m.documents.size(), 4);
        Document expected = base.documents[0];
        expected.files = {{"T25-SG17-C-0001_Whatever-name.pdf", 7, sha256("new pdf"), kMay1}};
        QCOMPARE(m.documents[0], expected);
        // Nothing in the folder: no files, everything else as described.
        expected = base.documents[1];
        expected.files.clear();
        QCOMPARE(m.documents[1], expected);
        expected = base.documents[2];
        expected.files = {{"T25-SG17-LS-0003.docx", 2, sha256("ls"), early}};
        expected.received = early;
        QCOMPARE(m.documents[2], expected);
        // Found only in the folder: after the described ones.
        QCOMPARE(m.documents[3].number, QStringLiteral("T25-SG17-C-0099"));
        QCOMPARE(m.documents[3].title, QStringLiteral("New proposal"));
        QCOMPARE(m.documents[3].received, kMay1);
    }

    void roundTripsThroughMeetingJson() {
        QTemporaryDir tmp;
        QVERIFY(put(tmp.path(), "T25-SG17-C-0001.pdf", "a"));
        QVERIFY(put(tmp.path(), "in/T25-SG17-C-0001.docx", "b"));
        QVERIFY(put(tmp.path(), "in/late/T25-SG17-C-0077.txt", "Late one\n"));
        QVERIFY(put(tmp.path(), "README", "c"));
        for (const auto &base :
             {std::optional<MeetingData>(), std::optional(PlenaryTest::sampleMeeting())}) {
            const auto r = ManifestBuilder::build(tmp.path(), base);
            QVERIFY2(r.meeting, qPrintable(r.error));
            const QByteArray json = MeetingJson::serialize(*r.meeting);
            const auto parsed = MeetingJson::parse(json, "meeting.json");
            QVERIFY2(parsed.meeting, qPrintable(parsed.error));
            QCOMPARE(parsed.meeting->meeting, r.meeting->meeting);
            QCOMPARE(parsed.meeting->agenda, r.meeting->agenda);
            QCOMPARE(parsed.meeting->workingGroups, r.meeting->workingGroups);
            QCOMPARE(parsed.meeting->documents, r.meeting->documents);
            QVERIFY(allFileNames(*parsed.meeting).contains("in/late/T25-SG17-C-0077.txt"));
            QCOMPARE(MeetingJson::serialize(*parsed.meeting), json);
        }
    }

    void cancelStopsTheWalk() {
        QTemporaryDir tmp;
        for (int i = 1; i <= 5; ++i)
            QVERIFY(
                put(tmp.path(), QStringLiteral("C-%1.pdf").arg(i, 4, 10, QLatin1Char('0')), "x"));
        int asked = 0;
        const auto r = ManifestBuilder::build(tmp.path(), std::nullopt, {}, [&] {
            ++asked;
            return asked >= 3;
        });
        QVERIFY(!r.meeting);
        QCOMPARE(r.error, QStringLiteral("Cancelled."));
        QCOMPARE(asked, 3); // stopped at once, not after the last file

        const auto never =
            ManifestBuilder::build(tmp.path(), std::nullopt, {}, [] { return false; });
        QVERIFY2(never.meeting, qPrintable(never.error));
        QCOMPARE(never.meeting->documents.size(), 5);
    }

    void missingFolderIsAnError() {
        QTemporaryDir tmp;
        const QString missing = tmp.filePath("no-such-meeting");
        const auto r = ManifestBuilder::build(missing, std::nullopt);
        QVERIFY(!r.meeting);
        QCOMPARE(r.error, QStringLiteral("The folder %1 does not exist.").arg(missing));

        QVERIFY(put(tmp.path(), "file.pdf", "x"));
        const auto notDir = ManifestBuilder::build(tmp.filePath("file.pdf"), std::nullopt);
        QVERIFY(!notDir.meeting);
        QVERIFY2(notDir.error.contains("is not a folder"), qPrintable(notDir.error));
    }
};

QTEST_GUILESS_MAIN(TestManifestBuilder)
#include "tst_manifestbuilder.moc"
