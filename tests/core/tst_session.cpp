#include "Session.h"
#include "TestUtil.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Plenary;

namespace {
Outcome outcome(const QString &uid, const QString &doc, OutcomeStatus status, int minute) {
    Outcome o;
    o.uid = uid;
    o.agendaItem = QStringLiteral("2.a");
    o.documents = {doc};
    o.status = status;
    o.at = QDateTime(QDate(2026, 3, 3), QTime(10, minute), QTimeZone::utc());
    return o;
}
} // namespace

class TestSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void ofTakesTheSessionPartOfAMeeting() {
        MeetingData m = PlenaryTest::sampleMeeting();
        m.currentItem = QStringLiteral("2.b");
        m.allocations.insert(QStringLiteral("T25-SG17-C-0001"), {QStringLiteral("WP1"), {}});
        Document added = m.documents.first();
        added.number = QStringLiteral("T25-SG17-C-0009");
        added.addedInSession = true;
        added.replacedBy = QStringLiteral("x"); // derived, not carried
        m.documents << added;
        m.notes << Note{1, QStringLiteral("T25-SG17-C-0001"), -1, QStringLiteral("private"), {}};
        const SessionState s = SessionState::of(m);
        QCOMPARE(s.meetingId, m.meeting.id);
        QCOMPARE(s.currentItem, QStringLiteral("2.b"));
        QCOMPARE(s.allocations, m.allocations);
        QCOMPARE(s.addedDocuments.size(), 1);
        QCOMPARE(s.addedDocuments.first().number, QStringLiteral("T25-SG17-C-0009"));
        QVERIFY(s.addedDocuments.first().replacedBy.isEmpty());
        QVERIFY(s.addedDocuments.first().files.isEmpty());
    }

    void sameContentIgnoresRevisionAndLocalIds() {
        SessionState a = PlenaryTest::sampleSession();
        SessionState b = a;
        b.revision = 99;
        b.updated = b.updated.addDays(1);
        b.outcomes[0].id = 12345;
        QVERIFY(a.sameContent(b));
        b.outcomes[0].text += QLatin1Char('!');
        QVERIFY(!a.sameContent(b));
    }

    void changesOnDifferentThingsMerge() {
        const SessionState base = PlenaryTest::sampleSession();
        SessionState mine = base, theirs = base;
        // Mine: allocate 0003, an outcome, the current item.
        mine.allocations.insert(QStringLiteral("T25-SG17-LS-0003"), {QStringLiteral("WP2"), {}});
        mine.outcomes << outcome(QStringLiteral("m-1"), QStringLiteral("T25-SG17-LS-0003"),
                                 OutcomeStatus::Noted, 30);
        mine.currentItem = QStringLiteral("2.b");
        // Theirs: move 0001, drop 0002's allocation, another outcome, a liaison.
        theirs.allocations[QStringLiteral("T25-SG17-C-0001")].workingGroup = QStringLiteral("WP2");
        theirs.allocations.remove(QStringLiteral("T25-SG17-C-0002"));
        theirs.outcomes << outcome(QStringLiteral("t-1"), QStringLiteral("T25-SG17-C-0001"),
                                   OutcomeStatus::Agreed, 20);
        LiaisonStatement ls;
        ls.id = QStringLiteral("LS-002");
        ls.title = QStringLiteral("To IEEE");
        theirs.liaisons << ls;

        const SessionMerge m = mergeSessions(base, mine, theirs);
        QVERIFY2(m.conflicts.isEmpty(), qPrintable(m.conflicts.join(QLatin1Char('\n'))));
        QCOMPARE(m.merged.currentItem, QStringLiteral("2.b"));
        QCOMPARE(m.merged.allocations.value(QStringLiteral("T25-SG17-LS-0003")).workingGroup,
                 QStringLiteral("WP2"));
        QCOMPARE(m.merged.allocations.value(QStringLiteral("T25-SG17-C-0001")).workingGroup,
                 QStringLiteral("WP2"));
        QVERIFY(!m.merged.allocations.contains(QStringLiteral("T25-SG17-C-0002")));
        QCOMPARE(m.merged.outcomes.size(), base.outcomes.size() + 2);
        // Outcomes in the order they were recorded, whichever side.
        QCOMPARE(m.merged.outcomes.at(m.merged.outcomes.size() - 2).uid, QStringLiteral("t-1"));
        QCOMPARE(m.merged.outcomes.last().uid, QStringLiteral("m-1"));
        QCOMPARE(m.merged.liaisons.size(), 2);
        // What came from the server, in the words of the notice.
        const QString taken = m.taken.join(QLatin1Char('\n'));
        QVERIFY2(taken.contains(QStringLiteral("T25-SG17-C-0001 allocated to WP2")),
                 qPrintable(taken));
        QVERIFY2(taken.contains(QStringLiteral("T25-SG17-C-0002: allocation withdrawn")),
                 qPrintable(taken));
        QVERIFY2(taken.contains(QStringLiteral("Liaison statement LS-002 drafted: To IEEE")),
                 qPrintable(taken));
        QVERIFY2(!taken.contains(QStringLiteral("LS-0003")), qPrintable(taken)); // mine, not taken
    }

    void sameChangeOnBothSidesIsNoConflict() {
        const SessionState base = PlenaryTest::sampleSession();
        SessionState mine = base, theirs = base;
        mine.allocations[QStringLiteral("T25-SG17-C-0002")] = {QStringLiteral("WP1"), {}};
        theirs.allocations[QStringLiteral("T25-SG17-C-0002")] = {QStringLiteral("WP1"), {}};
        const SessionMerge m = mergeSessions(base, mine, theirs);
        QVERIFY(m.conflicts.isEmpty());
        QCOMPARE(m.merged.allocations.value(QStringLiteral("T25-SG17-C-0002")).workingGroup,
                 QStringLiteral("WP1"));
    }

    void differentChangesToOneThingConflict() {
        const SessionState base = PlenaryTest::sampleSession();
        SessionState mine = base, theirs = base;
        mine.allocations[QStringLiteral("T25-SG17-C-0001")].workingGroup = QStringLiteral("WP2");
        theirs.allocations[QStringLiteral("T25-SG17-C-0001")].workingGroup = QStringLiteral("WP3");
        mine.outcomes[1].text = QStringLiteral("mine");
        theirs.outcomes[1].text = QStringLiteral("theirs");
        mine.currentItem = QStringLiteral("3");
        theirs.currentItem = QStringLiteral("2.b");
        const SessionMerge m = mergeSessions(base, mine, theirs);
        QCOMPARE(m.conflicts.size(), 3);
        const QString text = m.conflicts.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral(
                     "allocation of T25-SG17-C-0001: WP2, item 2.a.i here, WP3, item 2.a.i on the "
                     "server")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("current agenda item: 3 here, 2.b on the server")),
                 qPrintable(text));
        // The merge holds the server's side for what conflicts.
        QCOMPARE(m.merged.allocations.value(QStringLiteral("T25-SG17-C-0001")).workingGroup,
                 QStringLiteral("WP3"));
    }

    void removedHereChangedThereConflicts() {
        const SessionState base = PlenaryTest::sampleSession();
        SessionState mine = base, theirs = base;
        mine.outcomes.removeAt(1); // taken back here
        theirs.outcomes[1].text = QStringLiteral("edited there");
        const SessionMerge m = mergeSessions(base, mine, theirs);
        QCOMPARE(m.conflicts.size(), 1);
    }

    void liaisonsDraftedOnBothSidesGetTheirOwnIds() {
        const SessionState base = PlenaryTest::sampleSession();
        SessionState mine = base, theirs = base;
        LiaisonStatement a, b;
        a.id = b.id = QStringLiteral("LS-002");
        a.title = QStringLiteral("Mine to IETF");
        b.title = QStringLiteral("Theirs to 3GPP");
        mine.liaisons << a;
        theirs.liaisons << b;
        const SessionMerge m = mergeSessions(base, mine, theirs);
        QVERIFY(m.conflicts.isEmpty());
        QCOMPARE(m.merged.liaisons.size(), 3);
        QCOMPARE(m.merged.liaison(QStringLiteral("LS-002"))->title,
                 QStringLiteral("Theirs to 3GPP"));
        QCOMPARE(m.merged.liaison(QStringLiteral("LS-003"))->title, QStringLiteral("Mine to IETF"));
    }

    void describeChangesSpeaksTheChairmansLanguage() {
        SessionState before;
        before.meetingId = QStringLiteral("m");
        SessionState after = before;
        after.currentItem = QStringLiteral("8");
        after.allocations.insert(QStringLiteral("FG-Smart-I-0012"),
                                 {QStringLiteral("WG2"), QStringLiteral("8")});
        Outcome o = outcome(QStringLiteral("x"), QStringLiteral("FG-Smart-I-0012"),
                            OutcomeStatus::Revised, 5);
        o.agendaItem = QStringLiteral("8");
        o.target = QStringLiteral("FG-Smart-I-0040");
        after.outcomes << o;
        const QStringList lines = describeChanges(before, after);
        QCOMPARE(lines,
                 (QStringList{QStringLiteral("Now on agenda item 8"),
                              QStringLiteral("8: FG-Smart-I-0012 allocated to WG2"),
                              QStringLiteral("8: FG-Smart-I-0012: revised to FG-Smart-I-0040")}));
        QVERIFY(describeChanges(after, after).isEmpty());
        QCOMPARE(describeChanges(after, before).size(), 2); // withdrawn, taken back
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
