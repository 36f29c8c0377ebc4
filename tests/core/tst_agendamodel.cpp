#include "AgendaModel.h"
#include "DemoMeeting.h"
#include "TestUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Plenary;

class TestAgendaModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demoAgendaTree() {
        AgendaModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMeeting(DemoMeeting::manifest());
        QCOMPARE(model.rowCount(), 15);
        QCOMPARE(model.columnCount(), 3);
        const QModelIndex six = model.indexForId(QStringLiteral("6"));
        QCOMPARE(six.row(), 5);
        QCOMPARE(model.rowCount(six), 4); // 6.a 6.b 6.c 6.d
        const QModelIndex sixA = model.index(0, 0, six);
        QCOMPARE(sixA.data().toString(), QStringLiteral("6.a"));
        QCOMPARE(model.rowCount(sixA), 1);
        const QModelIndex sixAi = model.index(0, 0, sixA);
        QCOMPARE(sixAi.data(AgendaModel::AgendaIdRole).toString(), QStringLiteral("6.a.i"));
        QCOMPARE(model.parent(sixAi), sixA);
        QCOMPARE(model.parent(sixA), six);
        QVERIFY(!model.parent(six).isValid());
        QCOMPARE(sixAi.siblingAtColumn(AgendaModel::TitleColumn).data().toString(),
                 QStringLiteral("Review and approval of the ToR for each Working Group"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Item"));
    }

    void countsDocumentsPerItemAndSubtree() {
        const MeetingData m = DemoMeeting::manifest();
        AgendaModel model;
        model.setMeeting(m);
        // Count by hand what the model should say.
        QHash<QString, int> expected;
        for (const Document &d : m.documents)
            ++expected[m.effectiveAgendaItem(d)];
        const QModelIndex eight = model.indexForId(QStringLiteral("8"));
        QCOMPARE(eight.data(AgendaModel::DocumentCountRole).toInt(),
                 expected.value(QStringLiteral("8")));
        QVERIFY(expected.value(QStringLiteral("8")) > 10);
        QCOMPARE(eight.siblingAtColumn(AgendaModel::DocumentsColumn).data().toInt(),
                 expected.value(QStringLiteral("8")));
        const QModelIndex six = model.indexForId(QStringLiteral("6"));
        QCOMPARE(six.data(AgendaModel::DocumentCountRole).toInt(), 0);
        const int subtree = expected.value(QStringLiteral("6.a")) +
                            expected.value(QStringLiteral("6.c")) +
                            expected.value(QStringLiteral("6.d"));
        QCOMPARE(six.data(AgendaModel::SubtreeDocumentCountRole).toInt(), subtree);
        // Empty items show nothing rather than "0".
        QCOMPARE(model.indexForId(QStringLiteral("15")).siblingAtColumn(2).data().toString(),
                 QString());
        // The tooltip breaks an item down by working group.
        const QString tip = eight.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("WG1: ")) && tip.contains(QStringLiteral("WG2: ")),
                 qPrintable(tip));
    }

    void allocationMovesTheCount() {
        MeetingData m = PlenaryTest::sampleMeeting();
        AgendaModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMeeting(m);
        QCOMPARE(
            model.indexForId(QStringLiteral("2.a")).data(AgendaModel::DocumentCountRole).toInt(),
            1);
        m.allocations.insert(m.documents[0].number, {{}, QStringLiteral("3")});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setMeeting(m);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(
            model.indexForId(QStringLiteral("2.a")).data(AgendaModel::DocumentCountRole).toInt(),
            0);
        QCOMPARE(model.indexForId(QStringLiteral("3")).data(AgendaModel::DocumentCountRole).toInt(),
                 1);
    }

    void subtreeIds() {
        AgendaModel model;
        model.setMeeting(PlenaryTest::sampleMeeting());
        QStringList ids = model.subtreeIds(QStringLiteral("2"));
        ids.sort();
        QCOMPARE(ids, QStringList({"2", "2.a", "2.a.i", "2.b"}));
        QCOMPARE(model.subtreeIds(QStringLiteral("3")), QStringList{QStringLiteral("3")});
        QVERIFY(model.subtreeIds(QStringLiteral("nope")).isEmpty());
        QVERIFY(!model.indexForId(QStringLiteral("nope")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestAgendaModel)
#include "tst_agendamodel.moc"
