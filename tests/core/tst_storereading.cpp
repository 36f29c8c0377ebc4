// Store's reading part (StoreReading.cpp): where a document's files are,
// the page it was left at.
#include "Clock.h"
#include "Store.h"
#include "TestUtil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;

class TestStoreReading : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void filesAndPositions() {
        QTemporaryDir dir;
        FixedClock clock{QDateTime(QDate(2026, 3, 3), QTime(11, 0), QTimeZone::utc())};
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        const QString mid = QStringLiteral("sg17-7");
        const QString c1 = QStringLiteral("T25-SG17-C-0001");
        {
            Store store(path, &clock);
            QVERIFY(store.open());
            QVERIFY(store.importMeeting(PlenaryTest::sampleMeeting()));
            // The manifest's names, in its order, until sync says otherwise.
            QCOMPARE(store.localFiles(mid, c1),
                     (QStringList{QStringLiteral("T25-SG17-C-0001.pdf"),
                                  QStringLiteral("T25-SG17-C-0001.docx")}));
            FileSyncRecord rec;
            rec.url = QUrl(QStringLiteral("https://example.org/sg17/in/T25-SG17-C-0001.pdf"));
            rec.number = c1;
            rec.name = QStringLiteral("T25-SG17-C-0001.pdf");
            rec.localPath = QStringLiteral("in/T25-SG17-C-0001.pdf");
            rec.state = FileState::Local;
            QVERIFY(store.saveFileSyncRecords(mid, {rec}));
            QCOMPARE(store.localFiles(mid, c1).value(0), QStringLiteral("in/T25-SG17-C-0001.pdf"));
            QVERIFY(store.localFiles(mid, QStringLiteral("nothing")).isEmpty());

            QVERIFY(!store.readingPosition(mid, c1));
            QVERIFY(store.saveReadingPosition(mid, c1, 4));
            QVERIFY(store.saveReadingPosition(mid, c1, 7));
            QVERIFY(store.saveReadingPosition(mid, QStringLiteral("T25-SG17-C-0002"), -3));
        }
        Store again(path, &clock);
        QVERIFY(again.open());
        // Positions and notes: kept, changed, taken back; in the loaded meeting.
        QVERIFY(again.setPosition(mid, c1, Position::Support));
        QVERIFY(again.setPosition(mid, c1, Position::Monitor));
        QVERIFY(again.setPosition(mid, QStringLiteral("T25-SG17-C-0002"), Position::Object));
        QVERIFY(again.setPosition(mid, QStringLiteral("T25-SG17-C-0002"), std::nullopt));
        const qint64 note = again.saveNote(mid, Note{0, c1, 2, QStringLiteral("Ask about §3"), {}});
        QVERIFY(note > 0);
        auto m = again.loadMeeting(mid);
        QCOMPARE(m->positions.size(), 1);
        QCOMPARE(m->positions.value(c1), Position::Monitor);
        QCOMPARE(m->opened.size(), 2);
        QVERIFY(m->opened.contains(c1));
        QCOMPARE(m->notes.size(), 1);
        QVERIFY(again.removeNote(mid, note));
        QVERIFY(!again.removeNote(mid, note));
        QVERIFY2(again.lastError().contains(QStringLiteral("no note")),
                 qPrintable(again.lastError()));
        QVERIFY(again.loadMeeting(mid)->notes.isEmpty());
        QCOMPARE(again.readingPosition(mid, c1), std::optional<int>(7));
        QCOMPARE(again.readingPosition(mid, QStringLiteral("T25-SG17-C-0002")),
                 std::optional<int>(0)); // never before the first page
    }
};

QTEST_GUILESS_MAIN(TestStoreReading)
#include "tst_storereading.moc"
