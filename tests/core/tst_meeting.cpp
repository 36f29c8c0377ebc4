#include "Meeting.h"
#include "TestUtil.h"

#include <QTest>
#include <QTimeZone>

using namespace Plenary;

class TestMeeting : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lookups() {
        const MeetingData m = PlenaryTest::sampleMeeting();
        QVERIFY(m.document(QStringLiteral("T25-SG17-C-0002")));
        QVERIFY(!m.document(QStringLiteral("nope")));
        QCOMPARE(m.workingGroup(QStringLiteral("WP2"))->title, QStringLiteral("Working Party 2"));
        QCOMPARE(m.agendaItem(QStringLiteral("2.a.i"))->title, QStringLiteral("Security"));
        QVERIFY(!m.agendaItem(QStringLiteral("4")));
        QStringList order;
        for (const AgendaItem *item : m.flatAgenda())
            order << item->id;
        QCOMPARE(order, QStringList({"1", "2", "2.a", "2.a.i", "2.b", "3"}));
    }

    void allocationOverridesManifest() {
        MeetingData m = PlenaryTest::sampleMeeting();
        const Document &d1 = m.documents[0];
        QCOMPARE(m.effectiveWorkingGroup(d1), QStringLiteral("WP1"));
        QCOMPARE(m.effectiveAgendaItem(d1), QStringLiteral("2.a"));
        m.allocations.insert(d1.number, {QStringLiteral("WP2"), {}});
        QCOMPARE(m.effectiveWorkingGroup(d1), QStringLiteral("WP2"));
        QCOMPARE(m.effectiveAgendaItem(d1), QStringLiteral("2.a")); // only the WG was moved
        m.allocations.insert(d1.number, {{}, QStringLiteral("3")});
        QCOMPARE(m.effectiveWorkingGroup(d1), QStringLiteral("WP1"));
        QCOMPARE(m.effectiveAgendaItem(d1), QStringLiteral("3"));
    }

    void latestOutcomeWins() {
        MeetingData m = PlenaryTest::sampleMeeting();
        const QString n = m.documents[0].number;
        QVERIFY(!m.latestOutcome(n));
        const QDateTime t(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
        m.outcomes << Outcome{1,  {}, QStringLiteral("2.a"), {n}, OutcomeStatus::Postponed,
                              {}, {}, t.addSecs(3600)};
        m.outcomes << Outcome{
            2,  {}, QStringLiteral("2.a"), {n, QStringLiteral("x")}, OutcomeStatus::Agreed, {},
            {}, t};
        QCOMPARE(m.latestOutcome(n)->status, OutcomeStatus::Postponed);
        QCOMPARE(m.latestOutcome(QStringLiteral("x"))->status, OutcomeStatus::Agreed);
    }

    void lateMeansAfterTheDeadlineDay() {
        MeetingData m = PlenaryTest::sampleMeeting(); // deadline 2026-02-20
        Document d;
        d.received = QDateTime(QDate(2026, 2, 20), QTime(23, 59), QTimeZone::utc());
        QVERIFY(!m.isLate(d));
        d.received = QDateTime(QDate(2026, 2, 21), QTime(0, 0), QTimeZone::utc());
        QVERIFY(m.isLate(d));
        d.received = {};
        QVERIFY(!m.isLate(d)); // unknown is not late
        m.meeting.contributionDeadline = {};
        d.received = QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());
        QVERIFY(!m.isLate(d)); // no deadline, nothing is late
    }

    void documentStateIsTheLeastCompleteFile() {
        using S = FileState;
        QCOMPARE(aggregateFileState({S::Local, S::Local}), S::Local);
        QCOMPARE(aggregateFileState({S::Local, S::Updated}), S::Updated);
        QCOMPARE(aggregateFileState({S::Updated, S::Remote}), S::Remote);
        QCOMPARE(aggregateFileState({S::Remote, S::Downloading}), S::Downloading);
        QCOMPARE(aggregateFileState({S::Downloading, S::Failed, S::Local}), S::Failed);
        QCOMPARE(aggregateFileState({S::Withdrawn, S::Withdrawn}), S::Withdrawn);
        QCOMPARE(aggregateFileState({S::Withdrawn, S::Local}), S::Local);
    }

    void notesAndPositionsFollowRevisions() {
        MeetingData m;
        for (const char *n : {"C-1", "C-2", "C-3", "X"}) {
            Document d;
            d.number = QLatin1String(n);
            m.documents << d;
        }
        m.documents[1].replaces = QStringLiteral("C-1"); // C-2 revises C-1
        m.documents[2].replaces = QStringLiteral("C-2"); // C-3 revises C-2
        QCOMPARE(m.earlierVersions(QStringLiteral("C-3")),
                 (QStringList{QStringLiteral("C-2"), QStringLiteral("C-1")}));
        QVERIFY(m.earlierVersions(QStringLiteral("C-1")).isEmpty());
        m.notes = {Note{1, QStringLiteral("C-1"), 2, QStringLiteral("on the first"), {}},
                   Note{2, QStringLiteral("C-3"), -1, QStringLiteral("on the third"), {}},
                   Note{3, QStringLiteral("X"), -1, QStringLiteral("elsewhere"), {}}};
        const QList<Note> third = m.notesFor(QStringLiteral("C-3"));
        QCOMPARE(third.size(), 2);
        QCOMPARE(third.at(0).document, QStringLiteral("C-3")); // its own first
        QCOMPARE(third.at(1).document, QStringLiteral("C-1")); // then the earlier version's
        m.positions.insert(QStringLiteral("C-1"), Position::Object);
        QString from;
        QCOMPARE(m.positionFor(QStringLiteral("C-3"), &from), std::optional(Position::Object));
        QCOMPARE(from, QStringLiteral("C-1"));
        m.positions.insert(QStringLiteral("C-3"), Position::Support);
        QCOMPARE(m.positionFor(QStringLiteral("C-3"), &from), std::optional(Position::Support));
        QCOMPARE(from, QStringLiteral("C-3"));
        QVERIFY(!m.positionFor(QStringLiteral("X")));
        // Bad data with a cycle ends.
        m.documents[0].replaces = QStringLiteral("C-3");
        QCOMPARE(m.earlierVersions(QStringLiteral("C-3")).size(), 2);
    }

    void personDisplayName() {
        QCOMPARE((Person{QStringLiteral("Les Brown"), QStringLiteral("Lantiq"), {}}).displayName(),
                 QStringLiteral("Les Brown (Lantiq)"));
        QCOMPARE((Person{QStringLiteral("Les Brown"), {}, {}}).displayName(),
                 QStringLiteral("Les Brown"));
        QCOMPARE((Person{{}, QStringLiteral("TSB"), {}}).displayName(), QStringLiteral("TSB"));
    }
};

QTEST_GUILESS_MAIN(TestMeeting)
#include "tst_meeting.moc"
