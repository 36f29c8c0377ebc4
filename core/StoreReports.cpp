// The rapporteurs' reports in the store.
#include "Store.h"

#include "Clock.h"
#include "StoreValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Plenary {
using namespace StoreValues;

namespace {

const char *kindName(Report::Kind kind) {
    return kind == Report::Kind::Meeting ? "meeting" : "working-group";
}

// Qt binds a null QString as SQL NULL; an empty report is text all the same.
QVariant notNull(const QString &s) {
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

Report reportFrom(const QSqlQuery &q) {
    Report r;
    r.kind = q.value(0).toString() == QLatin1String("meeting") ? Report::Kind::Meeting
                                                               : Report::Kind::WorkingGroup;
    r.workingGroup = q.value(1).toString();
    r.text = q.value(2).toString();
    r.generated = q.value(3).toString();
    r.updated = timeFrom(q.value(4));
    return r;
}

} // namespace

std::optional<QList<Report>> Store::reports(const QString &meetingId) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT kind, working_group, text, generated, updated FROM reports WHERE meeting_id = ? "
        "ORDER BY kind = 'working-group', working_group"));
    q.addBindValue(meetingId);
    if (!q.exec()) {
        failQuery(q, tr("reading the reports"));
        return std::nullopt;
    }
    QList<Report> out;
    while (q.next())
        out << reportFrom(q);
    return out;
}

std::optional<Report> Store::report(const QString &meetingId, const QString &reportId) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT kind, working_group, text, generated, updated FROM reports "
                             "WHERE meeting_id = ? AND id = ?"));
    q.addBindValue(meetingId);
    q.addBindValue(reportId);
    if (!q.exec()) {
        failQuery(q, tr("reading report %1").arg(reportId));
        return std::nullopt;
    }
    if (!q.next()) {
        fail(tr("no report %1").arg(reportId));
        return std::nullopt;
    }
    return reportFrom(q);
}

bool Store::saveReport(const QString &meetingId, const Report &report) {
    if (report.kind == Report::Kind::WorkingGroup && report.workingGroup.isEmpty())
        return fail(tr("a working-group report needs its working group"));
    return transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery check(db);
        check.prepare(QStringLiteral("SELECT 1 FROM meetings WHERE id = ?"));
        check.addBindValue(meetingId);
        if (!check.exec() || !check.next())
            return fail(tr("no meeting %1").arg(meetingId));
        if (report.kind == Report::Kind::WorkingGroup) {
            QSqlQuery wg(db);
            wg.prepare(
                QStringLiteral("SELECT 1 FROM working_groups WHERE meeting_id = ? AND id = ?"));
            wg.addBindValue(meetingId);
            wg.addBindValue(report.workingGroup);
            if (!wg.exec() || !wg.next())
                return fail(tr("no working group %1").arg(report.workingGroup));
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO reports (meeting_id, id, kind, working_group, text, generated, updated) "
            "VALUES (?,?,?,?,?,?,?) ON CONFLICT(meeting_id, id) DO UPDATE SET "
            "text=excluded.text, generated=excluded.generated, updated=excluded.updated"));
        for (const QVariant &v :
             {QVariant(meetingId), QVariant(report.id()),
              QVariant(QString::fromLatin1(kindName(report.kind))), textOrNull(report.workingGroup),
              notNull(report.text), notNull(report.generated), timeValue(m_clock->nowUtc())})
            q.addBindValue(v);
        if (!q.exec())
            return failQuery(q, tr("saving report %1").arg(report.id()));
        return true;
    });
}

bool Store::removeReport(const QString &meetingId, const QString &reportId) {
    return transaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("DELETE FROM reports WHERE meeting_id = ? AND id = ?"));
        q.addBindValue(meetingId);
        q.addBindValue(reportId);
        if (!q.exec())
            return failQuery(q, tr("removing report %1").arg(reportId));
        if (q.numRowsAffected() != 1)
            return fail(tr("no report %1").arg(reportId));
        return true;
    });
}

} // namespace Plenary
