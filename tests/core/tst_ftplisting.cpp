#include "FtpListing.h"

#include <QTest>
#include <QTimeZone>

using namespace Plenary;

class TestFtpListing : public QObject {
    Q_OBJECT
    const QUrl folder{QStringLiteral("ftp://ftp.example.org/t/fg/smart/docs/")};
    const QDateTime now{QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc()};

    static const ListingEntry *find(const Listing &l, const QString &name) {
        for (const ListingEntry &e : l.entries)
            if (e.name == name)
                return &e;
        return nullptr;
    }

private Q_SLOTS:
    void mlsdGivesExactSizesAndTimes() {
        const QByteArray body =
            "type=cdir;modify=20100601120000;perm=el; .\r\n"
            "type=pdir;modify=20100601120000;perm=el; ..\r\n"
            "type=file;size=181234;modify=20100604130500;perm=r; FG-Smart-I-0012.pdf\r\n"
            "Type=File;Size=42;Modify=20100605082000.123;Perm=r; name with spaces.docx\r\n"
            "type=dir;modify=20100601120000;perm=el; incoming\r\n"
            "type=OS.unix=slink:/etc/passwd;size=11;modify=20100601120000; passwd\r\n"
            "type=file;size=5;modify=20100601120000; ..\\evil.pdf\r\n";
        const Listing l = FtpListing::parse(body, FtpListing::Format::Mlsd, folder, now);
        QCOMPARE(l.entries.size(), 3);
        const ListingEntry *pdf = find(l, QStringLiteral("FG-Smart-I-0012.pdf"));
        QVERIFY(pdf);
        QCOMPARE(pdf->size, 181234);
        QVERIFY(pdf->sizeExact);
        QCOMPARE(pdf->modified, QDateTime(QDate(2010, 6, 4), QTime(13, 5), QTimeZone::utc()));
        QVERIFY(pdf->modifiedExact);
        QCOMPARE(pdf->url.toString(),
                 QStringLiteral("ftp://ftp.example.org/t/fg/smart/docs/FG-Smart-I-0012.pdf"));
        const ListingEntry *spaced = find(l, QStringLiteral("name with spaces.docx"));
        QVERIFY(spaced);
        QCOMPARE(spaced->size, 42); // facts are case-insensitive
        QCOMPARE(spaced->url.toEncoded(),
                 QByteArray("ftp://ftp.example.org/t/fg/smart/docs/name%20with%20spaces.docx"));
        const ListingEntry *dir = find(l, QStringLiteral("incoming"));
        QVERIFY(dir && dir->isFolder);
        QVERIFY(dir->url.path().endsWith(QLatin1String("/incoming/")));
        QCOMPARE(l.refused.size(), 2); // the link and the traversal
        QVERIFY(l.refused.join(u'\n').contains(QStringLiteral("passwd: a link")));
        QVERIFY(l.refused.join(u'\n').contains(QStringLiteral("'..'")));
    }

    void unixListAsVsftpdAndProftpdWriteIt() {
        const QByteArray body =
            "total 12\r\n"
            "-rw-r--r--    1 0        0          181234 Jun 04  2010 FG-Smart-I-0012.pdf\r\n"
            "-rw-r--r--    1 ftp      ftp            42 Nov 20 15:36 recent file.txt\r\n"
            "-rw-r--r--    1 ftp      ftp             7 Dec 24 09:00 last year.txt\r\n"
            "drwxr-xr-x    2 0        0            4096 Jun 01  2010 incoming\r\n"
            "lrwxrwxrwx    1 0        0              11 Jun 01  2010 passwd -> /etc/passwd\r\n"
            "-rw-r--r-- 1 owner 99 Jun 05 2010 no-group.doc\r\n"
            "-rw-r--r--+   1 ftp      ftp            13 Jun 05  2010  leading space.txt\r\n";
        const Listing l = FtpListing::parse(body, FtpListing::Format::List, folder, now);
        QCOMPARE(l.entries.size(), 6);
        const ListingEntry *pdf = find(l, QStringLiteral("FG-Smart-I-0012.pdf"));
        QVERIFY(pdf);
        QCOMPARE(pdf->size, 181234);
        QCOMPARE(pdf->modified.date(), QDate(2010, 6, 4));
        QVERIFY(!pdf->modifiedExact); // a day, not a time: MDTM is asked
        const ListingEntry *recent = find(l, QStringLiteral("recent file.txt"));
        QVERIFY(recent);
        QCOMPARE(recent->modified, QDateTime(QDate(2026, 11, 20), QTime(15, 36), QTimeZone::utc()));
        // "Dec 24 09:00" cannot be in the future: it is last December.
        QCOMPARE(find(l, QStringLiteral("last year.txt"))->modified.date(), QDate(2025, 12, 24));
        QVERIFY(find(l, QStringLiteral("incoming"))->isFolder);
        QCOMPARE(find(l, QStringLiteral("no-group.doc"))->size, 99);
        // The name starts after one space: its own leading space is kept.
        QVERIFY(find(l, QStringLiteral(" leading space.txt")));
        QCOMPARE(l.refused, QStringList{QStringLiteral("passwd: a link")});
    }

    void windowsListAsIisWritesIt() {
        const QByteArray body = "06-04-10  01:05PM               181234 FG-Smart-I-0012.pdf\r\n"
                                "06-01-10  12:00AM       <DIR>          incoming\r\n"
                                "2010-06-05  08:20               42 iso date.txt\r\n";
        const Listing l = FtpListing::parse(body, FtpListing::Format::List, folder, now);
        const ListingEntry *pdf = find(l, QStringLiteral("FG-Smart-I-0012.pdf"));
        QVERIFY(pdf);
        QCOMPARE(pdf->size, 181234);
        QCOMPARE(pdf->modified, QDateTime(QDate(2010, 6, 4), QTime(13, 5), QTimeZone::utc()));
        const ListingEntry *dir = find(l, QStringLiteral("incoming"));
        QVERIFY(dir && dir->isFolder);
        QCOMPARE(dir->modified.time(), QTime(0, 0)); // 12:00AM is midnight
        // A format we do not know is said, not silently dropped.
        QCOMPARE(l.entries.size(), 2);
        QVERIFY2(l.refused.size() == 1, qPrintable(l.refused.join(u'\n')));
        QVERIFY(l.refused.first().contains(QStringLiteral("not understood")));
    }

    void hostileNamesAreRefused() {
        QByteArray body;
        body += "-rw-r--r-- 1 0 0 5 Jun 04  2010 invoice\xE2\x80\xAE"
                "fdp.exe\r\n";                                         // RLO
        body += "-rw-r--r-- 1 0 0 5 Jun 04  2010 bad\xff\xfe.pdf\r\n"; // not UTF-8
        body += "-rw-r--r-- 1 0 0 5 Jun 04  2010 ctrl\x01.pdf\r\n";
        body += "-rw-r--r-- 1 0 0 5 Jun 04  2010 ..\r\n";
        body += "-rw-r--r-- 1 0 0 5 Jun 04  2010 a/../../etc/passwd\r\n";
        body += "-rw-r--r-- 1 0 0 5 Jun 04  2010 sub/b.pdf\r\n";
        // Look-alike digits are a valid name: kept, but as what they are.
        body += "-rw-r--r-- 1 0 0 5 Jun 04  2010 FG-Smart-I-\xD9\xA0\xD9\xA1.pdf\r\n";
        const Listing l = FtpListing::parse(body, FtpListing::Format::List, folder, now);
        QCOMPARE(l.entries.size(), 1);
        QCOMPARE(l.entries.first().name, QStringLiteral("FG-Smart-I-\u0660\u0661.pdf"));
        QCOMPARE(l.refused.size(), 5); // ".." itself is the parent, not an entry
        const QString said = l.refused.join(u'\n');
        QVERIFY(said.contains(QStringLiteral("bidirectional")));
        QVERIFY(said.contains(QStringLiteral("not UTF-8")));
        QVERIFY(said.contains(QStringLiteral("control character")));
        QVERIFY(said.contains(QStringLiteral("'..'")));
        QVERIFY(said.contains(QStringLiteral("slash")));
    }

    void timeVals() {
        QCOMPARE(FtpListing::parseTimeVal("20100604130500"),
                 QDateTime(QDate(2010, 6, 4), QTime(13, 5), QTimeZone::utc()));
        QCOMPARE(FtpListing::parseTimeVal("20100604130500.250\r\n"),
                 QDateTime(QDate(2010, 6, 4), QTime(13, 5), QTimeZone::utc()));
        QVERIFY(!FtpListing::parseTimeVal("2010060413").isValid());
        QVERIFY(!FtpListing::parseTimeVal("20101304130500").isValid()); // month 13
        QVERIFY(!FtpListing::parseTimeVal("2010-06-04T13").isValid());
    }
};

QTEST_GUILESS_MAIN(TestFtpListing)
#include "tst_ftplisting.moc"
