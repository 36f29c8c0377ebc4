// Store's reports (StoreReports.cpp).
#include "Clock.h"
#include "Store.h"
#include "TestUtil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;

namespace {
const QString kMid = QStringLiteral("sg17-7");
} // namespace

class TestStoreReports : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 3), QTime(11, 0), QTimeZone::utc())};
    QString m_path;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init() {
        m_path =
            m_dir.filePath(QStringLiteral("r%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        m_store = std::make_unique<Store>(m_path, &m_clock);
        QVERIFY(m_store->open());
        QVERIFY(m_store->importMeeting(PlenaryTest::sampleMeeting()));
    }

    void savedReportsSurviveReopeningAndReimport() {
        QCOMPARE(m_store->reports(kMid)->size(), 0);
        QVERIFY(!m_store->report(kMid, Report::meetingId()));
        QVERIFY2(m_store->lastError().contains(QStringLiteral("no report meeting")),
                 qPrintable(m_store->lastError()));

        Report wg;
        wg.kind = Report::Kind::WorkingGroup;
        wg.workingGroup = QStringLiteral("WP2");
        wg.text = QStringLiteral("# WP2\n\nОтчёт — 报告 — تقرير");
        wg.generated = QStringLiteral("# WP2\n");
        QVERIFY2(m_store->saveReport(kMid, wg), qPrintable(m_store->lastError()));
        Report meeting;
        meeting.text = QStringLiteral("# Meeting");
        QVERIFY2(m_store->saveReport(kMid, meeting), qPrintable(m_store->lastError()));

        m_store.reset();
        m_store = std::make_unique<Store>(m_path, &m_clock);
        QVERIFY(m_store->open());
        QVERIFY(m_store->importMeeting(PlenaryTest::sampleMeeting())); // a re-sync keeps them
        const QList<Report> all = *m_store->reports(kMid);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).kind, Report::Kind::Meeting); // the meeting's first
        QCOMPARE(all.at(1).id(), QStringLiteral("wg:WP2"));
        wg.updated = m_clock.nowUtc();
        QCOMPARE(all.at(1), wg);
        QCOMPARE(*m_store->report(kMid, QStringLiteral("wg:WP2")), wg);

        // Saving again replaces the text and the base, at the new time.
        m_clock.advance(60);
        wg.text += QStringLiteral("\n\nMore.");
        wg.generated = QStringLiteral("# WP2 (regenerated)\n");
        QVERIFY(m_store->saveReport(kMid, wg));
        const Report back = *m_store->report(kMid, wg.id());
        QCOMPARE(back.text, wg.text);
        QCOMPARE(back.generated, wg.generated);
        QCOMPARE(back.updated, m_clock.nowUtc());

        QVERIFY(m_store->removeReport(kMid, Report::meetingId()));
        QVERIFY(!m_store->removeReport(kMid, Report::meetingId()));
        QCOMPARE(m_store->reports(kMid)->size(), 1);
    }

    void badReportsAreRefusedAndChangeNothing() {
        Report r;
        r.kind = Report::Kind::WorkingGroup;
        r.workingGroup = QStringLiteral("WP9");
        r.text = QStringLiteral("text");
        QVERIFY(!m_store->saveReport(kMid, r));
        QVERIFY2(m_store->lastError().contains(QStringLiteral("no working group WP9")),
                 qPrintable(m_store->lastError()));
        r.workingGroup.clear();
        QVERIFY(!m_store->saveReport(kMid, r));
        Report meeting;
        QVERIFY(!m_store->saveReport(QStringLiteral("no-such-meeting"), meeting));
        QVERIFY2(m_store->lastError().contains(QStringLiteral("no meeting no-such-meeting")),
                 qPrintable(m_store->lastError()));
        QCOMPARE(m_store->reports(kMid)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreReports)
#include "tst_storereports.moc"
