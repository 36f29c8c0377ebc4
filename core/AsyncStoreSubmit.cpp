// AsyncStore's contributions: Submitter in the store's thread, and what
// landed recorded in the store.
#include "AsyncStore.h"

#include "Clock.h"
#include "CurlMulti.h"
#include "Store.h"
#include "Submission.h"

namespace Plenary {

void AsyncStore::submit(const QStringList &files, const QString &number, const QUrl &to) {
    QMetaObject::invokeMethod(m_worker, [this, files, number, to] {
        if (!ensureOpen())
            return;
        if (!m_submitter) {
            m_curl = new CurlMulti;
            m_submitter = new Submitter(*network(), m_credentials.get(), *m_curl);
            connect(m_submitter, &Submitter::stepChanged, m_submitter,
                    [this](const QString &text) { emit submissionStep(text); });
            connect(m_submitter, &Submitter::progress, m_submitter,
                    [this](qint64 done, qint64 total) { emit submissionProgress(done, total); });
        }
        if (m_submitter->isRunning()) {
            SubmissionResult busy;
            busy.error = Store::tr("Another submission is still under way.");
            emit submissionFinished(busy);
            return;
        }
        const auto meeting = m_store->loadMeeting(m_store->currentMeetingId());
        if (!meeting) {
            SubmissionResult r;
            r.error = Store::tr("There is no current meeting to submit to.");
            emit submissionFinished(r);
            return;
        }
        connect(
            m_submitter, &Submitter::finished, m_submitter,
            [this, id = meeting->meeting.id](const SubmissionResult &result) {
                SubmissionResult r = result;
                if (!r.submitted.isEmpty() && !m_store->recordSubmissions(id, r.submitted))
                    r.error = m_store->lastError(); // on the server all the same: said
                emit submissionFinished(r);
            },
            Qt::SingleShotConnection);
        const QDateTime now = Clock::system().nowUtc();
        m_submitter->submit(Submitter::plan(meeting->meeting, files, number, to, now), now);
    });
}

void AsyncStore::cancelSubmission() {
    QMetaObject::invokeMethod(m_worker, [this] {
        if (m_submitter)
            m_submitter->cancel();
    });
}

} // namespace Plenary
