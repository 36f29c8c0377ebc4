// ZipArchive on archives made here with libzip: good members list and
// extract; hostile ones (path traversal, absolute and Windows paths, links,
// direction-override names, a zip bomb, a member that holds more than its
// header says, too many members, encryption, a file that is not an
// archive) are refused with a reason, and nothing is written outside the
// target folder.
#include "ZipArchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

#include <sys/stat.h>

using namespace Plenary;

namespace {
struct Entry {
    QByteArray name;
    QByteArray data;
    bool link = false;
    bool encrypt = false;
};

// Writes a ZIP with libzip (deflate); false when libzip refuses something.
bool makeZip(const QString &path, const QList<Entry> &entries) {
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z)
        return false;
    for (const Entry &e : entries) {
        // libzip copies nothing until zip_close: keep the buffers alive.
        zip_source_t *src =
            zip_source_buffer(z, e.data.constData(), zip_uint64_t(e.data.size()), 0);
        const zip_int64_t i = zip_file_add(z, e.name.constData(), src, ZIP_FL_ENC_UTF_8);
        if (i < 0) {
            zip_source_free(src);
            zip_discard(z);
            return false;
        }
        zip_set_file_compression(z, zip_uint64_t(i), ZIP_CM_DEFLATE, 9);
        if (e.link)
            zip_file_set_external_attributes(z, zip_uint64_t(i), 0, ZIP_OPSYS_UNIX,
                                             zip_uint32_t(S_IFLNK | 0777) << 16);
        if (e.encrypt &&
            zip_file_set_encryption(z, zip_uint64_t(i), ZIP_EM_AES_256, "secret") != 0) {
            zip_discard(z);
            return false;
        }
    }
    return zip_close(z) == 0;
}

QString problemOf(const ZipArchive::Listing &l, const QString &name) {
    for (const ZipArchive::Member &m : l.members)
        if (m.name == name)
            return m.problem;
    return QStringLiteral("(not listed)");
}

// Every file under @p dir.
QStringList filesUnder(const QString &dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}
} // namespace

class TestZipArchive : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void goodMembersListAndExtract() {
        const QByteArray pdf = "%PDF-1.4\n% a contribution\n";
        QVERIFY(
            makeZip(path(QStringLiteral("good.zip")), {{"FG-Smart-I-0042.pdf", pdf},
                                                       {"annex/", {}},
                                                       {"annex/Пример данных.csv", "a,b\n1,2\n"}}));
        const ZipArchive::Listing l = ZipArchive::list(path(QStringLiteral("good.zip")));
        QVERIFY2(l.ok(), qPrintable(l.error));
        QCOMPARE(l.members.size(), 3);
        QCOMPARE(l.members.at(0).name, QStringLiteral("FG-Smart-I-0042.pdf"));
        QCOMPARE(l.members.at(0).size, pdf.size());
        QVERIFY(l.members.at(0).canOpen());
        QVERIFY(l.members.at(1).directory);
        QVERIFY(!l.members.at(1).canOpen());
        QCOMPARE(l.members.at(2).name, QStringLiteral("annex/Пример данных.csv"));

        const QString target = path(QStringLiteral("out"));
        ZipArchive::Extracted x = ZipArchive::extract(
            path(QStringLiteral("good.zip")), QStringLiteral("annex/Пример данных.csv"), target);
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.path, QDir(target).filePath(QStringLiteral("annex/Пример данных.csv")));
        QFile f(x.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("a,b\n1,2\n"));
        // Again: the file extracted before is used.
        x = ZipArchive::extract(path(QStringLiteral("good.zip")),
                                QStringLiteral("annex/Пример данных.csv"), target);
        QVERIFY(x.ok());
        QCOMPARE(ZipArchive::extract(path(QStringLiteral("good.zip")),
                                     QStringLiteral("missing.pdf"), target)
                     .error,
                 QStringLiteral("missing.pdf is not in the archive."));
    }

    void unsafeNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("why");
        QTest::newRow("parent") << "../../etc/passwd"
                                << "leaves";
        QTest::newRow("inner parent") << "docs/../../x.pdf"
                                      << "leaves";
        QTest::newRow("absolute") << "/etc/cron.d/x"
                                  << "absolute";
        QTest::newRow("drive") << "C:/Windows/x.exe"
                               << "absolute";
        QTest::newRow("backslash") << "..\\..\\x.pdf"
                                   << "backslash";
        QTest::newRow("rtl override")
            << QStringLiteral("FG-Smart-I-0042\u202Efdp.exe") << "direction";
        QTest::newRow("control") << QStringLiteral("a\nb.pdf") << "control";
        QTest::newRow("dot") << "./x.pdf"
                             << "leaves";
        QTest::newRow("empty part") << "a//b.pdf"
                                    << "empty part";
        QTest::newRow("too long") << QString(300, QLatin1Char('a')) << "too long";
    }
    void unsafeNames() {
        QFETCH(QString, name);
        QFETCH(QString, why);
        QVERIFY2(ZipArchive::unsafeName(name).contains(why),
                 qPrintable(ZipArchive::unsafeName(name)));
        QVERIFY(
            ZipArchive::unsafeName(QStringLiteral("annex/FG-Smart-I-0042 (rev 1).docx")).isEmpty());
    }

    void hostileArchivesAreRefused() {
        const QByteArray zeros(8 * 1024 * 1024, '\0'); // deflates about 1000 to 1
        QVERIFY(makeZip(path(QStringLiteral("hostile.zip")), {{"../../escaped.txt", "x"},
                                                              {"/tmp/absolute.txt", "x"},
                                                              {"link.pdf", "/etc/passwd", true},
                                                              {"bomb.pdf", zeros},
                                                              {"fine.txt", "fine"}}));
        const ZipArchive::Listing l = ZipArchive::list(path(QStringLiteral("hostile.zip")));
        QVERIFY2(l.ok(), qPrintable(l.error));
        QVERIFY(
            problemOf(l, QStringLiteral("../../escaped.txt")).contains(QStringLiteral("leaves")));
        QVERIFY(
            problemOf(l, QStringLiteral("/tmp/absolute.txt")).contains(QStringLiteral("absolute")));
        QVERIFY(problemOf(l, QStringLiteral("link.pdf")).contains(QStringLiteral("link")));
        QVERIFY2(problemOf(l, QStringLiteral("bomb.pdf")).contains(QStringLiteral("zip bomb")),
                 qPrintable(problemOf(l, QStringLiteral("bomb.pdf"))));
        QVERIFY(problemOf(l, QStringLiteral("fine.txt")).isEmpty());

        const QString target = path(QStringLiteral("hostile-out"));
        for (const char *name :
             {"../../escaped.txt", "/tmp/absolute.txt", "link.pdf", "bomb.pdf"}) {
            const ZipArchive::Extracted x = ZipArchive::extract(path(QStringLiteral("hostile.zip")),
                                                                QString::fromUtf8(name), target);
            QVERIFY2(!x.ok(), name);
            QVERIFY(x.error.contains(QStringLiteral("cannot be opened")));
        }
        QVERIFY(ZipArchive::extract(path(QStringLiteral("hostile.zip")), QStringLiteral("fine.txt"),
                                    target)
                    .ok());
        // Only the good member was written, inside the target.
        QCOMPARE(filesUnder(m_dir.path()).filter(QStringLiteral("escaped")), QStringList());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/absolute.txt")));
        QCOMPARE(filesUnder(target), QStringList{QStringLiteral("fine.txt")});

        // Lower limits: a large member, and too many members.
        ZipArchive::Limits small;
        small.maxMemberBytes = 2;
        QVERIFY(problemOf(ZipArchive::list(path(QStringLiteral("hostile.zip")), small),
                          QStringLiteral("fine.txt"))
                    .contains(QStringLiteral("too large")));
        small.maxMembers = 3;
        QVERIFY(ZipArchive::list(path(QStringLiteral("hostile.zip")), small)
                    .error.contains(QStringLiteral("more than 3")));
    }

    void aMemberThatHoldsMoreThanItsHeaderSays() {
        // Stored (not compressed) so that the sizes can be patched: the
        // central directory then claims 4 bytes for a member of 64.
        int err = 0;
        const QString file = path(QStringLiteral("liar.zip"));
        zip_t *z = zip_open(QFile::encodeName(file).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
        QVERIFY(z);
        const QByteArray body(64, 'A');
        zip_source_t *src = zip_source_buffer(z, body.constData(), zip_uint64_t(body.size()), 0);
        const zip_int64_t i = zip_file_add(z, "liar.txt", src, 0);
        QVERIFY(i >= 0);
        zip_set_file_compression(z, zip_uint64_t(i), ZIP_CM_STORE, 0);
        QVERIFY(zip_close(z) == 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const qsizetype central = bytes.indexOf(QByteArray("PK\x01\x02", 4));
        QVERIFY(central > 0);
        bytes[central + 24] = 4; // uncompressed size, little-endian
        const qsizetype local = bytes.indexOf(QByteArray("PK\x03\x04", 4));
        bytes[local + 22] = 4;
        f.seek(0);
        f.write(bytes);
        f.close();
        const QString target = path(QStringLiteral("liar-out"));
        const ZipArchive::Extracted x =
            ZipArchive::extract(file, QStringLiteral("liar.txt"), target);
        QVERIFY(!x.ok());
        QVERIFY2(!x.error.isEmpty(), qPrintable(x.error));
        QCOMPARE(filesUnder(target), QStringList()); // no partial file left
    }

    void encryptedAndBrokenArchives() {
        if (makeZip(path(QStringLiteral("secret.zip")),
                    {{"secret.pdf", "%PDF-1.4", false, true}})) {
            const ZipArchive::Listing l = ZipArchive::list(path(QStringLiteral("secret.zip")));
            QVERIFY(l.ok());
            QVERIFY(
                problemOf(l, QStringLiteral("secret.pdf")).contains(QStringLiteral("password")));
        } else {
            qWarning("this libzip cannot encrypt: the encrypted case is not tested");
        }
        QFile junk(path(QStringLiteral("junk.zip")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("PK\x03\x04 this is not really an archive");
        junk.close();
        const ZipArchive::Listing l = ZipArchive::list(path(QStringLiteral("junk.zip")));
        QVERIFY(!l.ok());
        QVERIFY2(l.error.contains(QStringLiteral("junk.zip is not a ZIP archive")),
                 qPrintable(l.error));
        // Truncated: the first half of a good archive.
        QFile good(path(QStringLiteral("good.zip")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray half = good.readAll().left(int(good.size() / 2));
        QFile cut(path(QStringLiteral("cut.zip")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(half);
        cut.close();
        QVERIFY(!ZipArchive::list(path(QStringLiteral("cut.zip"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
