#include "Vocabulary.h"

#include <QTest>

using namespace Plenary;

class TestVocabulary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void documentTypesRoundTrip() {
        const QStringList names = wireNames(DocumentType{});
        QCOMPARE(names.size(), 7);
        for (const QString &name : names) {
            const auto t = documentTypeFromWire(name);
            QVERIFY2(t.has_value(), qPrintable(name));
            QCOMPARE(wireName(*t), name);
            QVERIFY(!label(*t).isEmpty());
        }
        QCOMPARE(wireName(DocumentType::IncomingLiaison), QStringLiteral("ls-in"));
    }

    void purposesRoundTrip() {
        const QStringList names = wireNames(Purpose{});
        QCOMPARE(names,
                 QStringList({QStringLiteral("decision"), QStringLiteral("discussion"),
                              QStringLiteral("approval"), QStringLiteral("agreement"),
                              QStringLiteral("endorsement"), QStringLiteral("information")}));
        for (const QString &name : names)
            QCOMPARE(wireName(*purposeFromWire(name)), name);
        // "Unspecified" has no wire name and no label: nothing is shown.
        QVERIFY(wireName(Purpose::Unspecified).isEmpty());
        QVERIFY(label(Purpose::Unspecified).isEmpty());
    }

    void outcomesRoundTrip() {
        const QStringList names = wireNames(OutcomeStatus{});
        QCOMPARE(names.size(), 14);
        QVERIFY(names.contains(QStringLiteral("approved-by-consensus")));
        QVERIFY(names.contains(QStringLiteral("technically-endorsed")));
        QVERIFY(names.contains(QStringLiteral("not-treated")));
        for (const QString &name : names)
            QCOMPARE(wireName(*outcomeStatusFromWire(name)), name);
        QCOMPARE(label(OutcomeStatus::ApprovedByConsensus),
                 QStringLiteral("Approved by consensus"));
    }

    void liaisonStatusesRoundTrip() {
        for (const QString &name : wireNames(LiaisonStatus{}))
            QCOMPARE(wireName(*liaisonStatusFromWire(name)), name);
    }

    void unknownNamesAreRejected() {
        QVERIFY(!documentTypeFromWire(QStringLiteral("Contribution"))
                     .has_value()); // case matters on the wire
        QVERIFY(!documentTypeFromWire(QString()).has_value());
        QVERIFY(!purposeFromWire(QStringLiteral("fun")).has_value());
        QVERIFY(!outcomeStatusFromWire(QStringLiteral("approved by consensus")).has_value());
        QVERIFY(!liaisonStatusFromWire(QStringLiteral("lost")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
