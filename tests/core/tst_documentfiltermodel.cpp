#include "DemoMeeting.h"
#include "DocumentFilterModel.h"
#include "DocumentTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Plenary;

class TestDocumentFilterModel : public QObject {
    Q_OBJECT

    static QStringList numbers(const QAbstractItemModel &m) {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, 0).data(DocumentTableModel::NumberRole).toString();
        return out;
    }

private Q_SLOTS:
    void filtersByWordsAndAgenda() {
        DocumentTableModel source;
        source.setMeeting(DemoMeeting::manifest());
        DocumentFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&source);
        QCOMPARE(filter.rowCount(), source.rowCount());

        filter.setFilterText(QStringLiteral("  USE   case "));
        const QStringList useCases = numbers(filter);
        QVERIFY(useCases.size() >= 4);
        for (const QString &n : useCases)
            QVERIFY(source.meeting().document(n)->title.contains(QStringLiteral("Use case"),
                                                                 Qt::CaseInsensitive));

        filter.setFilterText(QStringLiteral("use case lantiq")); // all words must match
        QVERIFY(numbers(filter).isEmpty());
        filter.setFilterText(QStringLiteral("0020"));
        QCOMPARE(numbers(filter), QStringList{QStringLiteral("FG-Smart-I-0020")});
        filter.setFilterText(QStringLiteral("lantiq")); // source
        QCOMPARE(numbers(filter).size(), 2);

        filter.setFilterText({});
        filter.setAgendaItems({QStringLiteral("7")});
        for (const QString &n : numbers(filter))
            QCOMPARE(source.meeting().effectiveAgendaItem(*source.meeting().document(n)),
                     QStringLiteral("7"));
        QVERIFY(filter.rowCount() >= 4);
        filter.setAgendaItems({QStringLiteral("6"), QStringLiteral("6.a"), QStringLiteral("6.a.i"),
                               QStringLiteral("6.b"), QStringLiteral("6.c"),
                               QStringLiteral("6.d")});
        QCOMPARE(filter.rowCount(), 3); // 0003 (6.a), 0004 (6.d), 0005 (6.c)
        filter.setAgendaItems({});
        QCOMPARE(filter.rowCount(), source.rowCount());
    }

    void libraryFilters() {
        MeetingData m = DemoMeeting::manifest();
        m.opened = {QStringLiteral("FG-Smart-I-0010"), QStringLiteral("FG-Smart-I-0011")};
        m.notes << Note{1, QStringLiteral("FG-Smart-I-0012"), -1, QStringLiteral("ask"), {}};
        Outcome approved;
        approved.agendaItem = QStringLiteral("2");
        approved.documents = {QStringLiteral("FG-Smart-I-0001")};
        approved.status = OutcomeStatus::ApprovedByConsensus;
        m.outcomes << approved;
        DocumentTableModel source;
        source.setMeeting(m);
        DocumentFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&source);
        const int all = source.rowCount();
        auto count = [&](const LibraryFilter &f) {
            filter.setLibraryFilter(f);
            return filter.rowCount();
        };

        LibraryFilter f;
        f.workingGroup = QStringLiteral("WG2");
        const int wg2 = count(f);
        QVERIFY(wg2 > 0 && wg2 < all);
        for (const QString &n : numbers(filter))
            QCOMPARE(m.effectiveWorkingGroup(*m.document(n)), QStringLiteral("WG2"));
        f = {};
        f.type = DocumentType::IncomingLiaison;
        QCOMPARE(count(f), 3); // the demo's three LS/i
        f = {};
        f.unreadOnly = true;
        QCOMPARE(count(f), all - 2);
        QVERIFY(!numbers(filter).contains(QStringLiteral("FG-Smart-I-0010")));
        source.setOpened(QStringLiteral("FG-Smart-I-0013")); // read just now: gone from the list
        QCOMPARE(filter.rowCount(), all - 3);
        f = {};
        f.withNotesOnly = true;
        QCOMPARE(count(f), 1);
        QCOMPARE(numbers(filter), QStringList{QStringLiteral("FG-Smart-I-0012")});
        f = {};
        f.lateOnly = true;
        QCOMPARE(count(f), 4); // the demo's documents received after 7 June
        f = {};
        f.outcome = int(OutcomeStatus::ApprovedByConsensus);
        QCOMPARE(count(f), 1);
        QCOMPARE(numbers(filter), QStringList{QStringLiteral("FG-Smart-I-0001")});
        f.outcome = -1; // not treated yet
        QCOMPARE(count(f), all - 1);
        // The parts combine; the empty filter shows everything again.
        f = {};
        f.workingGroup = QStringLiteral("WG2");
        f.unreadOnly = true;
        QVERIFY(count(f) < wg2 || !numbers(filter).isEmpty());
        for (const QString &n : numbers(filter))
            QVERIFY(!m.opened.contains(n) && n != QStringLiteral("FG-Smart-I-0013"));
        QCOMPARE(count({}), all);
    }

    void sortsByNumberAndTime() {
        DocumentTableModel source;
        source.setMeeting(DemoMeeting::manifest());
        DocumentFilterModel filter;
        filter.setSourceModel(&source);
        filter.sort(DocumentTableModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("FG-Smart-I-0036"));
        filter.sort(DocumentTableModel::ReceivedColumn, Qt::AscendingOrder);
        const QDateTime first = filter.index(0, DocumentTableModel::ReceivedColumn)
                                    .data(DocumentTableModel::SortRole)
                                    .toDateTime();
        const QDateTime last =
            filter.index(filter.rowCount() - 1, DocumentTableModel::ReceivedColumn)
                .data(DocumentTableModel::SortRole)
                .toDateTime();
        QVERIFY(first < last);
        QCOMPARE(filter.index(filter.rowCount() - 1, 0).data().toString(),
                 QStringLiteral("FG-Smart-I-0033"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentFilterModel)
#include "tst_documentfiltermodel.moc"
