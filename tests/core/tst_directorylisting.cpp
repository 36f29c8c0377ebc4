#include "DirectoryListing.h"
#include "TestUtil.h"

#include <QTest>
#include <QTimeZone>

using namespace Plenary;

namespace {
QByteArray fixture(const char *name) {
    return PlenaryTest::readAll(QStringLiteral(PLENARY_SOURCE_DIR "/tests/data/listings/") +
                                QLatin1String(name));
}

const ListingEntry *find(const Listing &l, const QString &name) {
    for (const ListingEntry &e : l.entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

QStringList names(const Listing &l) {
    QStringList out;
    for (const ListingEntry &e : l.entries)
        out << e.name + (e.isFolder ? QStringLiteral("/") : QString());
    out.sort();
    return out;
}

const QStringList kServerNames = {"FG-Smart-I-0001.docx",
                                  "FG-Smart-I-0001.pdf",
                                  "FG-Smart-I-0002 (rev).pdf",
                                  "Telefónica.pdf",
                                  "big.zip",
                                  "in/",
                                  "name with spaces & ampersand.pdf",
                                  "out/"};
const QDateTime kTime(QDate(2010, 6, 4), QTime(10, 30), QTimeZone::utc());
} // namespace

class TestDirectoryListing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Listings captured from Debian's servers serving the same folder.
    void realServers_data() {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<bool>("hasDates");
        QTest::addColumn<bool>("exactSizes");
        QTest::newRow("nginx autoindex") << fixture("nginx-autoindex.html") << true << true;
        QTest::newRow("apache plain") << fixture("apache-plain.html") << false << false;
        QTest::newRow("apache FancyIndexing") << fixture("apache-fancy.html") << true << false;
        QTest::newRow("apache HTMLTable") << fixture("apache-htmltable.html") << true << false;
        QTest::newRow("lighttpd") << fixture("lighttpd.html") << true << false;
    }

    void realServers() {
        QFETCH(QByteArray, html);
        QFETCH(bool, hasDates);
        QFETCH(bool, exactSizes);
        QVERIFY(!html.isEmpty());
        const QUrl folder(QStringLiteral("http://127.0.0.1:8080/docs/"));
        const Listing l = parseListing(html, folder);
        QCOMPARE(names(l), kServerNames);
        QVERIFY2(l.refused.isEmpty(), qPrintable(l.refused.join(QLatin1Char('\n'))));

        const ListingEntry *amp = find(l, QStringLiteral("name with spaces & ampersand.pdf"));
        QVERIFY(amp);
        QCOMPARE(QUrl::fromPercentEncoding(amp->url.path(QUrl::FullyEncoded).toUtf8()),
                 QStringLiteral("/docs/name with spaces & ampersand.pdf"));
        QCOMPARE(amp->url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(find(l, QStringLiteral("in"))->isFolder);
        QVERIFY(!find(l, QStringLiteral("big.zip"))->isFolder);

        const ListingEntry *big = find(l, QStringLiteral("big.zip"));
        if (hasDates) {
            QCOMPARE(big->modified, kTime);
            QCOMPARE(find(l, QStringLiteral("Telefónica.pdf"))->modified, kTime);
            if (exactSizes) {
                QCOMPARE(big->size, qint64(2000000));
                QVERIFY(big->sizeExact);
            } else {
                QVERIFY2(qAbs(big->size - 2000000) < 100000,
                         qPrintable(QString::number(big->size)));
                QVERIFY(!big->sizeExact);
            }
            QCOMPARE(find(l, QStringLiteral("in"))->size, qint64(-1));
        } else {
            QVERIFY(!big->modified.isValid());
            QCOMPARE(big->size, qint64(-1));
        }
    }

    void iisListsWithAbsoluteLinksAndDatesFirst() {
        const Listing l =
            parseListing(fixture("iis.html"),
                         QUrl(QStringLiteral("http://ifa.itu.int/t/fg/smart/docs/incoming/")));
        QCOMPARE(names(l), QStringList({"FG-Smart-I-0012.docx", "FG-Smart-I-0013.pdf", "old/"}));
        const ListingEntry *docx = find(l, QStringLiteral("FG-Smart-I-0012.docx"));
        QCOMPARE(docx->modified, QDateTime(QDate(2010, 6, 7), QTime(16, 5), QTimeZone::utc()));
        QCOMPARE(docx->size, qint64(123456));
        const ListingEntry *pdf = find(l, QStringLiteral("FG-Smart-I-0013.pdf"));
        QCOMPARE(pdf->modified, QDateTime(QDate(2010, 6, 8), QTime(9, 15), QTimeZone::utc()));
        QCOMPARE(pdf->size, qint64(98765));
        QCOMPARE(find(l, QStringLiteral("old"))->size, qint64(-1));
    }

    void hostileLinksAreRefusedOrIgnored() {
        const Listing l =
            parseListing(fixture("hostile.html"), QUrl(QStringLiteral("http://127.0.0.1/docs/")));
        // Only the two honest entries survive.
        QCOMPARE(names(l), QStringList({"FG-Smart-I-0042.pdf", "good/"}));
        const ListingEntry *doc = find(l, QStringLiteral("FG-Smart-I-0042.pdf"));
        QCOMPARE(doc->size, qint64(12345));
        const QString refused = l.refused.join(QLatin1Char('\n'));
        for (const char *bad :
             {"../../etc/passwd", "/etc/shadow", "%2e%2e/secret.pdf", "..%2fsecret.pdf",
              "a%5cb.pdf", "evil%E2%80%AEfdp.exe", "nul%00.pdf", "tab%09.pdf"})
            QVERIFY2(refused.contains(QLatin1String(bad)), bad);
        QVERIFY(refused.contains(QStringLiteral("bidirectional")));
        QVERIFY(refused.contains(QStringLiteral("backslash")));
        QVERIFY(refused.contains(QStringLiteral("outside the meeting folder")));
        // Other hosts, mail, scripts and deeper paths are ignored, not reported.
        QVERIFY(!refused.contains(QStringLiteral("other.example")));
        QVERIFY(!refused.contains(QStringLiteral("javascript")));
        for (const ListingEntry &e : l.entries) {
            QCOMPARE(e.url.host(), QStringLiteral("127.0.0.1"));
            QVERIFY(e.url.path().startsWith(QStringLiteral("/docs/")));
        }
    }

    void folderUrlWithoutSlash() {
        const Listing l = parseListing(fixture("nginx-autoindex.html"),
                                       QUrl(QStringLiteral("http://127.0.0.1:8080/docs")));
        QCOMPARE(names(l), kServerNames);
    }

    void latin1PageAndEntities() {
        QByteArray html = "<a href=\"caf%E9.pdf\">caf\xe9.pdf</a> 01-Jan-2011 00:00 10\n"
                          "<a href='q.pdf?x=1&amp;y=2'>q</a>\n"
                          "<A HREF=unquoted.pdf>u</A>\n";
        const Listing l = parseListing(html, QUrl(QStringLiteral("http://h/d/")));
        QCOMPARE(names(l).size(), 3);
        QVERIFY(find(l, QStringLiteral("q.pdf")));
        QVERIFY(find(l, QStringLiteral("unquoted.pdf")));
    }

    void unsafeNames() {
        QVERIFY(unsafeNameReason(QStringLiteral("FG-Smart-I-0001.pdf")).isEmpty());
        QVERIFY(unsafeNameReason(QStringLiteral("Telefónica (rev 2).pdf")).isEmpty());
        QVERIFY(!unsafeNameReason(QStringLiteral("..")).isEmpty());
        QVERIFY(!unsafeNameReason(QStringLiteral("a/b")).isEmpty());
        QVERIFY(!unsafeNameReason(QStringLiteral("a\\b")).isEmpty());
        QVERIFY(!unsafeNameReason(QString(300, QLatin1Char('a'))).isEmpty());
        QVERIFY(!unsafeNameReason(QStringLiteral("x\u2067y")).isEmpty());
        QVERIFY(!unsafeNameReason(QString()).isEmpty());
        QCOMPARE(unsafeNameReason(QStringLiteral(".")), QStringLiteral("the name is '.'"));
        // Look-alike digits: never taken for a document's number.
        const QString lookAlike = QStringLiteral("the name has digits that only look like 0-9");
        QCOMPARE(unsafeNameReason(QStringLiteral("FG-Smart-I-００42.pdf")), lookAlike);
        QCOMPARE(unsafeNameReason(QStringLiteral("FG-Smart-I-") + QString::fromUcs4(U"𝟎") +
                                  QStringLiteral("042.pdf")),
                 lookAlike);
        QCOMPARE(unsafeNameReason(QStringLiteral("FG-Smart-I-٠٠42.pdf")),
                 QStringLiteral("the name mixes digits of different scripts"));
        // Another script's digits alone are that script's numbers.
        QVERIFY(unsafeNameReason(QStringLiteral("تقرير "
                                                "٢٠١٠.pdf"))
                    .isEmpty());
        QVERIFY(unsafeNameReason(QStringLiteral("报告 2010.pdf")).isEmpty());
        // Fullwidth digits where they make no document number: as typed in
        // Japanese and Chinese names, kept.
        QVERIFY(unsafeNameReason(QStringLiteral("第２回会合資料.pdf")).isEmpty());
        QVERIFY(unsafeNameReason(QStringLiteral("FG-Smart-I-0042 第２回.pdf")).isEmpty());
        // ...and refused where they would.
        QCOMPARE(unsafeNameReason(QStringLiteral("FG-Smart-I-0042１.pdf")), lookAlike);
        QCOMPARE(unsafeNameReason(QStringLiteral("T17-SG13-C-０１２３.docx")), lookAlike);
        // Other compatibility characters beside a number are no disguise.
        QVERIFY(unsafeNameReason(QStringLiteral("Nº 0123 Rapport.pdf")).isEmpty());
        QVERIFY(unsafeNameReason(QStringLiteral("ITU™-T17-C-0123.pdf")).isEmpty());
        QVERIFY(unsafeNameReason(QStringLiteral("I-0042\u00a0Report.pdf")).isEmpty());
        QCOMPARE(unsafeNameReason(QStringLiteral("Nº I-00４2.pdf")), lookAlike);
        // Two scripts' digits in separate numbers are fine; in one, not.
        QVERIFY(unsafeNameReason(QStringLiteral("Report 2010 (تقرير ٢٠١٠).pdf")).isEmpty());
        QCOMPARE(unsafeNameReason(QStringLiteral("R1-24٠١234.zip")),
                 QStringLiteral("the name mixes digits of different scripts"));
        // A lone high surrogate does not hide the character after it (here
        // an Arabic-Indic zero in an ASCII number).
        QCOMPARE(unsafeNameReason(QStringLiteral("I-") + QChar(0xd835) + QChar(0x0660) +
                                  QStringLiteral("042.pdf")),
                 QStringLiteral("the name mixes digits of different scripts"));
    }
};

QTEST_GUILESS_MAIN(TestDirectoryListing)
#include "tst_directorylisting.moc"
