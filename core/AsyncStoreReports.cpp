// AsyncStore's reports and outputs: opened, autosaved, refreshed from the
// session and exported on the worker thread (exports lay text out with
// fonts, which Qt allows off the GUI thread, and write files).
#include "AsyncStore.h"

#include "NotesExport.h"
#include "ReportTemplate.h"
#include "Store.h"
#include "TextMerge.h"

namespace Plenary {

namespace {

// What the session makes of a report now: the template for its kind.
std::optional<QString> generate(const MeetingData &m, const QString &reportId, QString *error) {
    if (reportId == Report::meetingId())
        return ReportTemplate::meetingReport(m);
    if (reportId.startsWith(QLatin1String("wg:"))) {
        const QString wg = reportId.mid(3);
        if (m.workingGroup(wg))
            return ReportTemplate::workingGroupReport(m, wg);
        *error = AsyncStore::tr("The meeting has no working group %1.").arg(wg);
        return std::nullopt;
    }
    *error = AsyncStore::tr("There is no report %1.").arg(reportId);
    return std::nullopt;
}

Report reportFor(const QString &reportId) {
    Report r;
    if (reportId != Report::meetingId()) {
        r.kind = Report::Kind::WorkingGroup;
        r.workingGroup = reportId.mid(3);
    }
    return r;
}

QString titleFor(const MeetingData &m, const QString &reportId) {
    return ReportTemplate::title(m, reportId == Report::meetingId() ? QString() : reportId.mid(3));
}

// The current meeting and what its session makes of the report now.
struct Generated {
    MeetingData meeting;
    QString text;
};
std::optional<Generated> generateCurrent(Store &store, const QString &meetingId,
                                         const QString &reportId, QString *error) {
    auto meeting = store.loadMeeting(meetingId);
    if (!meeting) {
        *error = store.lastError();
        return std::nullopt;
    }
    auto text = generate(*meeting, reportId, error);
    if (!text)
        return std::nullopt;
    return Generated{std::move(*meeting), std::move(*text)};
}

} // namespace

void AsyncStore::openReport(const QString &reportId) {
    QMetaObject::invokeMethod(m_worker, [this, reportId] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        QString error;
        const auto now = generateCurrent(*m_store, m_currentMeetingId, reportId, &error);
        if (!now) {
            emit failed(error);
            return;
        }
        if (auto stored = m_store->report(m_currentMeetingId, reportId)) {
            emit reportOpened(*stored, titleFor(now->meeting, reportId));
            return;
        }
        Report r = reportFor(reportId);
        r.text = r.generated = now->text;
        if (!m_store->saveReport(m_currentMeetingId, r)) {
            emit failed(tr("The report was not stored: %1").arg(m_store->lastError()));
            return;
        }
        if (const auto stored = m_store->report(m_currentMeetingId, reportId))
            emit reportOpened(*stored, titleFor(now->meeting, reportId));
    });
}

void AsyncStore::saveReportText(const QString &reportId, const QString &text) {
    QMetaObject::invokeMethod(m_worker, [this, reportId, text] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        auto r = m_store->report(m_currentMeetingId, reportId);
        if (!r)
            r = reportFor(reportId); // removed meanwhile: stored anew, nothing lost
        r->text = text;
        if (!m_store->saveReport(m_currentMeetingId, *r)) {
            emit failed(tr("The report was not saved: %1").arg(m_store->lastError()));
            return;
        }
        emit reportSaved(reportId, m_store->report(m_currentMeetingId, reportId)->updated);
    });
}

void AsyncStore::refreshReport(const QString &reportId, const QString &text) {
    QMetaObject::invokeMethod(m_worker, [this, reportId, text] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        QString error;
        const auto now = generateCurrent(*m_store, m_currentMeetingId, reportId, &error);
        if (!now) {
            emit failed(error);
            return;
        }
        auto r = m_store->report(m_currentMeetingId, reportId);
        if (!r)
            r = reportFor(reportId);
        const TextMerge::Result merged = TextMerge::merge(r->generated, text, now->text);
        r->text = merged.text;
        r->generated = now->text;
        if (!m_store->saveReport(m_currentMeetingId, *r)) {
            emit failed(tr("The refreshed report was not stored: %1").arg(m_store->lastError()));
            return;
        }
        QStringList kept;
        for (const TextMerge::Conflict &c : merged.conflicts)
            kept << c.theirs;
        emit reportRefreshed(*m_store->report(m_currentMeetingId, reportId), merged.changesTaken,
                             kept);
    });
}

void AsyncStore::exportOutput(const QString &outputId, ReportExporter::Format format,
                              const QString &path) {
    QMetaObject::invokeMethod(m_worker, [this, outputId, format, path] {
        if (!ensureOpen() || m_currentMeetingId.isEmpty())
            return;
        const auto meeting = m_store->loadMeeting(m_currentMeetingId);
        if (!meeting) {
            emit exportFinished(path, false, m_store->lastError());
            return;
        }
        QString markdown, title, error;
        if (outputId == QLatin1String("notes")) {
            markdown = NotesExport::markdown(*meeting);
            title = tr("My notes: %1").arg(meeting->meeting.title);
        } else if (outputId.startsWith(QLatin1String("ls:"))) {
            const QString id = outputId.mid(3);
            for (const LiaisonStatement &l : meeting->liaisons)
                if (l.id == id) {
                    markdown = ReportTemplate::liaisonStatement(*meeting, l);
                    title = l.title;
                }
            if (title.isEmpty())
                error = tr("There is no liaison statement %1.").arg(id);
        } else if (const auto stored = m_store->report(m_currentMeetingId, outputId)) {
            markdown = stored->text;
            title = titleFor(*meeting, outputId);
        } else if (const auto text = generate(*meeting, outputId, &error)) {
            markdown = *text;
            title = titleFor(*meeting, outputId);
        }
        if (error.isEmpty())
            ReportExporter::write(markdown, title, format, path, &error);
        emit exportFinished(path, error.isEmpty(), error);
    });
}

} // namespace Plenary
