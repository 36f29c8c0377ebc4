// Store's live-session part (StoreSession.cpp).
#include "Clock.h"
#include "Store.h"
#include "TestUtil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;

namespace {
const QString kMid = QStringLiteral("sg17-7");
const QString kC1 = QStringLiteral("T25-SG17-C-0001");
const QString kC2 = QStringLiteral("T25-SG17-C-0002");
const QString kLs = QStringLiteral("T25-SG17-LS-0003");
} // namespace

class TestStoreSession : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 3), QTime(11, 0), QTimeZone::utc())};
    std::unique_ptr<Store> m_store;

    qint64 changes() { return m_store->sessionLink(kMid)->changes; }

private Q_SLOTS:
    void init() {
        m_store = std::make_unique<Store>(
            m_dir.filePath(QStringLiteral("s%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())),
            &m_clock);
        QVERIFY(m_store->open());
        QVERIFY(m_store->importMeeting(PlenaryTest::sampleMeeting()));
        SessionLink link;
        link.url = QUrl(QStringLiteral("https://example.org/sg17/session.json"));
        QVERIFY(m_store->saveSessionLink(kMid, link));
    }

    void allocationsAreCheckedAndCounted() {
        QVERIFY(m_store->setAllocation(kMid, kC1, {QStringLiteral("WP1"), QStringLiteral("2.a")}));
        QCOMPARE(changes(), 1);
        QVERIFY(m_store->setAllocations(
            kMid, {{kC2, {QStringLiteral("WP2"), {}}}, {kLs, {{}, QStringLiteral("2.b")}}}));
        QCOMPARE(changes(), 2); // many at once: one change
        auto m = m_store->loadMeeting(kMid);
        QCOMPARE(m->allocations.size(), 3);
        QCOMPARE(m->allocations.value(kLs).agendaItem, QStringLiteral("2.b"));

        // Unknown things are refused, and nothing of the batch is kept.
        QVERIFY(!m_store->setAllocations(
            kMid, {{kC1, {QStringLiteral("WP2"), {}}}, {kC2, {QStringLiteral("WP9"), {}}}}));
        QVERIFY2(m_store->lastError().contains(QStringLiteral("no working group WP9")),
                 qPrintable(m_store->lastError()));
        QVERIFY(!m_store->setAllocation(kMid, QStringLiteral("T25-SG17-C-9999"),
                                        {QStringLiteral("WP1"), {}}));
        QVERIFY(!m_store->setAllocation(kMid, kC1, {{}, QStringLiteral("7.z")}));
        m = m_store->loadMeeting(kMid);
        QCOMPARE(m->allocations.value(kC1).workingGroup, QStringLiteral("WP1"));
        QCOMPARE(changes(), 2);

        // Empty: back to the manifest's.
        QVERIFY(m_store->setAllocation(kMid, kC1, {}));
        QVERIFY(!m_store->loadMeeting(kMid)->allocations.contains(kC1));
    }

    void currentItem() {
        QVERIFY(m_store->setCurrentItem(kMid, QStringLiteral("2.a.i")));
        QCOMPARE(m_store->loadMeeting(kMid)->currentItem, QStringLiteral("2.a.i"));
        QVERIFY(!m_store->setCurrentItem(kMid, QStringLiteral("99")));
        QCOMPARE(m_store->loadMeeting(kMid)->currentItem, QStringLiteral("2.a.i"));
        QVERIFY(!m_store->setCurrentItem(QStringLiteral("nope"), {}));
        QCOMPARE(changes(), 1);
    }

    void revisionMakesAndLinksTheNewNumber() {
        QVERIFY(m_store->setAllocation(kMid, kC1, {QStringLiteral("WP1"), QStringLiteral("2.a")}));
        const QString next = m_store->nextFreeNumber(kMid);
        QCOMPARE(next, QStringLiteral("T25-SG17-C-0003")); // the LS-0003 has another prefix
        Outcome o;
        o.agendaItem = QStringLiteral("2.a");
        o.documents = {kC1};
        o.status = OutcomeStatus::Revised;
        o.target = next;
        QVERIFY(m_store->addOutcome(kMid, o) > 0);
        auto m = m_store->loadMeeting(kMid);
        const Document *old = m->document(kC1);
        const Document *made = m->document(next);
        QVERIFY(made);
        QCOMPARE(old->replacedBy, next);
        QCOMPARE(made->replaces, kC1);
        QVERIFY(made->addedInSession);
        QCOMPARE(made->title, old->title);
        QCOMPARE(made->source, old->source);
        QCOMPARE(made->received, m_clock.nowUtc());
        QCOMPARE(m->allocations.value(next), m->allocations.value(kC1)); // inherited
        QCOMPARE(m->outcomes.last().target, next);
        QVERIFY(!m->outcomes.last().uid.isEmpty());
        QCOMPARE(m_store->nextFreeNumber(kMid), QStringLiteral("T25-SG17-C-0004"));

        // Taking it back removes what the revision made.
        QVERIFY(m_store->removeOutcome(kMid, m->outcomes.last().uid));
        m = m_store->loadMeeting(kMid);
        QVERIFY(!m->document(next));
        QVERIFY(m->document(kC1)->replacedBy.isEmpty());
        QVERIFY(!m->allocations.contains(next));
        QVERIFY(!m_store->removeOutcome(kMid, QStringLiteral("no-such-uid")));
    }

    void badOutcomesAreRefused() {
        Outcome o;
        o.documents = {kC1};
        o.status = OutcomeStatus::Revised; // no target
        QCOMPARE(m_store->addOutcome(kMid, o), 0);
        QVERIFY2(m_store->lastError().contains(QStringLiteral("one document and its new number")),
                 qPrintable(m_store->lastError()));
        o.status = OutcomeStatus::Noted;
        o.documents = {QStringLiteral("T25-SG17-C-0404")};
        QCOMPARE(m_store->addOutcome(kMid, o), 0);
        o.documents = {kC1};
        o.agendaItem = QStringLiteral("42");
        QCOMPARE(m_store->addOutcome(kMid, o), 0);
        o.agendaItem.clear();
        o.status = OutcomeStatus::Merged;
        o.target = QStringLiteral("T25-SG17-C-0404");
        QCOMPARE(m_store->addOutcome(kMid, o), 0);
        QVERIFY(m_store->loadMeeting(kMid)->outcomes.isEmpty());
        QCOMPARE(changes(), 0);
    }

    void applySessionReplacesAllOrNothing() {
        QVERIFY(m_store->saveNote(kMid, Note{0, kC1, 2, QStringLiteral("mine only"), {}}) > 0);
        QVERIFY(m_store->setAllocation(kMid, kLs, {QStringLiteral("WP2"), {}}));
        const SessionState s = PlenaryTest::sampleSession();
        QVERIFY2(m_store->applySession(s, false), qPrintable(m_store->lastError()));
        auto m = m_store->loadMeeting(kMid);
        SessionState back = SessionState::of(*m);
        QVERIFY(back.sameContent(s));
        QCOMPARE(m->document(kC2)->replacedBy, QStringLiteral("T25-SG17-C-0004"));
        QCOMPARE(m->notes.size(), 1); // the delegate's notes stay
        QCOMPARE(changes(), 1);       // a follower's copy is not a change to publish

        // A session naming what the meeting lacks: refused whole.
        SessionState bad = s;
        bad.allocations.insert(kLs, {QStringLiteral("WP7"), {}});
        bad.currentItem = QStringLiteral("1");
        QVERIFY(!m_store->applySession(bad, true));
        QVERIFY2(m_store->lastError().contains(QStringLiteral("working group WP7")),
                 qPrintable(m_store->lastError()));
        QVERIFY(SessionState::of(*m_store->loadMeeting(kMid)).sameContent(s));
        bad = s;
        bad.liaisons.first().agendaItem = QStringLiteral("99");
        QVERIFY(!m_store->applySession(bad, true));
        QVERIFY2(m_store->lastError().contains(QStringLiteral("agenda item 99")),
                 qPrintable(m_store->lastError()));
        QVERIFY(SessionState::of(*m_store->loadMeeting(kMid)).sameContent(s));

        // Applying the same again changes nothing; an empty one clears it all.
        QVERIFY(m_store->applySession(s, false));
        QVERIFY(SessionState::of(*m_store->loadMeeting(kMid)).sameContent(s));
        SessionState empty;
        empty.meetingId = kMid;
        QVERIFY(m_store->applySession(empty, true));
        m = m_store->loadMeeting(kMid);
        QVERIFY(m->allocations.isEmpty() && m->outcomes.isEmpty() && m->liaisons.isEmpty());
        QVERIFY(!m->document(QStringLiteral("T25-SG17-C-0004")));
        QVERIFY(m->document(kC2)->replacedBy.isEmpty());
        QCOMPARE(changes(), 2);
    }

    void reimportKeepsWhatTheSessionMade() {
        const SessionState s = PlenaryTest::sampleSession();
        QVERIFY(m_store->applySession(s, false));
        QVERIFY(m_store->importMeeting(PlenaryTest::sampleMeeting()));
        const auto m = m_store->loadMeeting(kMid);
        QVERIFY(m->document(QStringLiteral("T25-SG17-C-0004")));
        QVERIFY(m->document(QStringLiteral("T25-SG17-C-0004"))->addedInSession);
        QCOMPARE(m->document(kC2)->replacedBy, QStringLiteral("T25-SG17-C-0004"));
        QVERIFY(SessionState::of(*m).sameContent(s));
    }

    void liaisonIds() {
        QCOMPARE(m_store->nextLiaisonId(kMid), QStringLiteral("LS-001"));
        LiaisonStatement l;
        l.id = m_store->nextLiaisonId(kMid);
        l.title = QStringLiteral("To NIST SGIP");
        l.agendaItem = QStringLiteral("2.b");
        QVERIFY(m_store->saveLiaison(kMid, l));
        QCOMPARE(m_store->loadMeeting(kMid)->liaisons.value(0).agendaItem, QStringLiteral("2.b"));
        QCOMPARE(m_store->nextLiaisonId(kMid), QStringLiteral("LS-002"));
        // The next id follows the highest, not the count: gaps stay gaps.
        l.id = QStringLiteral("LS-007");
        l.agendaItem.clear();
        QVERIFY(m_store->saveLiaison(kMid, l));
        QCOMPARE(m_store->nextLiaisonId(kMid), QStringLiteral("LS-008"));
        QVERIFY(m_store->removeLiaison(kMid, QStringLiteral("LS-001")));
        QVERIFY(!m_store->removeLiaison(kMid, QStringLiteral("LS-001")));
        // An agenda item the meeting lacks is refused and nothing changes.
        l.id = QStringLiteral("LS-009");
        l.agendaItem = QStringLiteral("42");
        QVERIFY(!m_store->saveLiaison(kMid, l));
        QVERIFY2(m_store->lastError().contains(QStringLiteral("no agenda item 42")),
                 qPrintable(m_store->lastError()));
        QCOMPARE(m_store->loadMeeting(kMid)->liaisons.size(), 1);
        QCOMPARE(changes(), 3);
    }

    void linkRoundTripKeepsTheChangeCount() {
        QVERIFY(m_store->setCurrentItem(kMid, QStringLiteral("1")));
        SessionLink link = *m_store->sessionLink(kMid);
        QCOMPARE(link.changes, 1);
        QVERIFY(link.pending());
        QVERIFY(!link.ifMatchHonoured);
        link.etag = QStringLiteral("\"7-abc\"");
        link.base = "{}";
        link.revision = 4;
        link.publishedChanges = 1;
        link.ifMatchHonoured = false;
        link.state = SessionLink::State::Conflict;
        link.lastError = QStringLiteral("conflict");
        // A change recorded meanwhile must not be lost by saving an older count.
        QVERIFY(m_store->setCurrentItem(kMid, QStringLiteral("2")));
        QVERIFY(m_store->saveSessionLink(kMid, link));
        const SessionLink back = *m_store->sessionLink(kMid);
        QCOMPARE(back.changes, 2);
        QVERIFY(back.pending());
        QCOMPARE(back.etag, link.etag);
        QCOMPARE(back.base, link.base);
        QCOMPARE(back.revision, 4);
        QCOMPARE(back.ifMatchHonoured, std::optional<bool>(false));
        QCOMPARE(back.state, SessionLink::State::Conflict);
        QCOMPARE(back.url, link.url);
        QVERIFY(m_store->removeSessionLink(kMid));
        QVERIFY(!m_store->sessionLink(kMid));
        QVERIFY(m_store->setCurrentItem(kMid, QStringLiteral("3"))); // counts nowhere, fine
    }

    void lockIsKeptApartFromTheLink() {
        QVERIFY(m_store->sessionLink(kMid)->lockOwner.isEmpty());
        QVERIFY(m_store->sessionLink(kMid)->lockToken.isEmpty());
        const QString owner = QStringLiteral("Plenary 1234");
        QVERIFY(m_store->setSessionLock(kMid, owner, {}, owner)); // asked for
        QCOMPARE(m_store->sessionLink(kMid)->lockOwner, owner);
        QVERIFY(m_store->sessionLink(kMid)->lockToken.isEmpty());
        const QByteArray token = "<opaquelocktoken:1234-abcd>";
        QVERIFY(m_store->setSessionLock(kMid, owner, token, owner)); // granted
        QCOMPARE(m_store->sessionLink(kMid)->lockToken, token);
        // Saving the link (as the publisher does at its end) leaves it.
        SessionLink link = *m_store->sessionLink(kMid);
        link.lockOwner.clear();
        link.lockToken.clear();
        link.state = SessionLink::State::Failed;
        QVERIFY(m_store->saveSessionLink(kMid, link));
        QCOMPARE(m_store->sessionLink(kMid)->lockOwner, owner);
        QCOMPARE(m_store->sessionLink(kMid)->lockToken, token);
        // Another process on the same data folder neither replaces nor
        // clears it (and is told nothing went wrong).
        const QString other = QStringLiteral("Plenary 5678");
        QVERIFY(m_store->setSessionLock(kMid, other, "<opaquelocktoken:5678>", other));
        QVERIFY(m_store->setSessionLock(kMid, {}, {}, other));
        QCOMPARE(m_store->sessionLink(kMid)->lockOwner, owner);
        QCOMPARE(m_store->sessionLink(kMid)->lockToken, token);
        QVERIFY(m_store->setSessionLock(kMid, {}, {}, owner)); // released
        QVERIFY(m_store->sessionLink(kMid)->lockOwner.isEmpty());
        QVERIFY(m_store->sessionLink(kMid)->lockToken.isEmpty());
        // Then the other's is written.
        QVERIFY(m_store->setSessionLock(kMid, other, {}, other));
        QCOMPARE(m_store->sessionLink(kMid)->lockOwner, other);
        QVERIFY(m_store->setSessionLock(kMid, {}, {}, other));
        QVERIFY(m_store->sessionLink(kMid)->lockOwner.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreSession)
#include "tst_storesession.moc"
