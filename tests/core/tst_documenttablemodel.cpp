#include "DemoMeeting.h"
#include "DocumentTableModel.h"
#include "TestUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Plenary;

class TestDocumentTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void columnsAChairmanWorksFrom() {
        DocumentTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        MeetingData m = PlenaryTest::sampleMeeting();
        m.outcomes << Outcome{1,
                              {},
                              QStringLiteral("2.a"),
                              {m.documents[0].number},
                              OutcomeStatus::Revised,
                              {},
                              QStringLiteral("to C-0002"),
                              QDateTime(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc())};
        model.setMeeting(m);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(DocumentTableModel::ColumnCount));
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers, QStringList({"Number", "Title", "Source", "Type", "For", "WG", "Item",
                                       "Outcome", "Replaced by", "Received", "Local copy"}));
        auto cell = [&](int row, int col) {
            return model.index(row, col).data().toString();
        };
        QCOMPARE(cell(0, DocumentTableModel::NumberColumn), QStringLiteral("T25-SG17-C-0001"));
        QCOMPARE(cell(0, DocumentTableModel::TitleColumn),
                 QStringLiteral("Proposal <b>bold</b> & \"quoted\""));
        QCOMPARE(cell(0, DocumentTableModel::TypeColumn), QStringLiteral("Contribution"));
        QCOMPARE(cell(0, DocumentTableModel::ForColumn), QStringLiteral("Decision"));
        QCOMPARE(cell(0, DocumentTableModel::WorkingGroupColumn), QStringLiteral("WP1"));
        QCOMPARE(cell(0, DocumentTableModel::AgendaItemColumn), QStringLiteral("2.a"));
        QCOMPARE(cell(0, DocumentTableModel::OutcomeColumn), QStringLiteral("Revised"));
        QCOMPARE(model.index(0, DocumentTableModel::OutcomeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("to C-0002"));
        QCOMPARE(cell(0, DocumentTableModel::ReplacedByColumn), QStringLiteral("T25-SG17-C-0002"));
        QCOMPARE(cell(2, DocumentTableModel::TypeColumn), QStringLiteral("LS/i"));
        // No title (a folder without manifest): the file names stand in.
        MeetingData untitled = m;
        untitled.documents[0].title.clear();
        DocumentTableModel fallback;
        fallback.setMeeting(untitled);
        QCOMPARE(fallback.index(0, DocumentTableModel::TitleColumn).data().toString(),
                 QStringLiteral("T25-SG17-C-0001.pdf, T25-SG17-C-0001.docx"));
        QCOMPARE(cell(1, DocumentTableModel::ForColumn), QString());
        QCOMPARE(model.rowOf(QStringLiteral("T25-SG17-LS-0003")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);

        // The local copy's state: empty until synced, then live.
        QCOMPARE(cell(0, DocumentTableModel::StateColumn), QString());
        QCOMPARE(model.index(0, 0).data(DocumentTableModel::StateRole).toInt(), -1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDocumentState(m.documents[0].number, FileState::Downloading);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(0, DocumentTableModel::StateColumn), QStringLiteral("Downloading"));
        model.setDocumentState(m.documents[0].number, FileState::Downloading);
        QCOMPARE(changed.count(), 1); // no change, no signal
        model.setDocumentState(m.documents[0].number, FileState::Withdrawn);
        QCOMPARE(cell(0, DocumentTableModel::StateColumn), QStringLiteral("Withdrawn on server"));
    }

    void lateDocumentsAreFlagged() {
        DocumentTableModel model;
        model.setMeeting(PlenaryTest::sampleMeeting()); // deadline 2026-02-20
        QCOMPARE(model.index(0, 0).data(DocumentTableModel::LateRole).toBool(), false); // 19 Feb
        QCOMPARE(model.index(1, 0).data(DocumentTableModel::LateRole).toBool(), true);  // 3 Mar
        QVERIFY(model.index(1, DocumentTableModel::ReceivedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("deadline")));
        QVERIFY(model.index(0, DocumentTableModel::ReceivedColumn).data(Qt::ToolTipRole).isNull());
    }

    void agendaItemsSortNaturally() {
        MeetingData m = DemoMeeting::manifest();
        DocumentTableModel model;
        model.setMeeting(m);
        auto key = [&](const QString &number) {
            return model.index(model.rowOf(number), DocumentTableModel::AgendaItemColumn)
                .data(DocumentTableModel::SortRole)
                .toString();
        };
        // 6.a (0003) < 6.d (0004) < 7 (0026) < 9 (0031) < 11 ... and "10" after "9".
        QVERIFY(key(QStringLiteral("FG-Smart-I-0003")) < key(QStringLiteral("FG-Smart-I-0004")));
        QVERIFY(key(QStringLiteral("FG-Smart-I-0004")) < key(QStringLiteral("FG-Smart-I-0026")));
        QVERIFY(key(QStringLiteral("FG-Smart-I-0031")) > key(QStringLiteral("FG-Smart-I-0026")));
        m.allocations.insert(QStringLiteral("FG-Smart-I-0026"), {{}, QStringLiteral("10")});
        model.setMeeting(m);
        QVERIFY(key(QStringLiteral("FG-Smart-I-0026")) > key(QStringLiteral("FG-Smart-I-0031")));
        // Received sorts by time, not by its localized text.
        QCOMPARE(model.index(0, DocumentTableModel::ReceivedColumn)
                     .data(DocumentTableModel::SortRole)
                     .typeId(),
                 QMetaType::QDateTime);
    }
};

QTEST_GUILESS_MAIN(TestDocumentTableModel)
#include "tst_documenttablemodel.moc"
