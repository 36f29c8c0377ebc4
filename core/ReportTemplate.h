#pragma once

#include "Meeting.h"

#include <QCoreApplication>

namespace Plenary {

/// The Markdown that reports start from, filled from the meeting and its
/// session: a working group's report, the meeting report in agenda order,
/// and an outgoing liaison statement in the ITU-T layout. Everything taken
/// from the meeting (titles, names, free text) is escaped: it reads as the
/// text it is, never as Markdown or HTML. Blocks are separated by blank
/// lines so that a refresh (TextMerge) sees each document's block apart.
class ReportTemplate {
    Q_DECLARE_TR_FUNCTIONS(Plenary::ReportTemplate)
public:
    static QString workingGroupReport(const MeetingData &meeting, const QString &workingGroup);
    static QString meetingReport(const MeetingData &meeting);
    static QString liaisonStatement(const MeetingData &meeting, const LiaisonStatement &liaison);
    /// The liaison statement's file name without extension, in the
    /// meeting's numbering: "FG-Smart-LS-001" for documents "FG-Smart-I-nnnn".
    static QString liaisonFileName(const MeetingData &meeting, const LiaisonStatement &liaison);
    /// "Agreed to at the ITU-T FG Smart meeting, Geneva, 16 June 2010": a
    /// liaison statement's approval line as the ITU-T template words it.
    static QString defaultApproval(const MeetingInfo &meeting);
    /// A short title for a report (a PDF's metadata, a window title).
    static QString title(const MeetingData &meeting, const QString &workingGroup = {});

    /// @p text as literal Markdown inline text (one line).
    static QString escape(const QString &text);
    /// @p text as literal Markdown paragraphs: line starts that would make
    /// a heading, a list or a quote are escaped too; blank lines kept.
    static QString escapeBlock(const QString &text);
    /// "Revised to FG-Smart-I-0037", "Noted", with the outcome's text.
    static QString describe(const Outcome &outcome);
    /// "14–16 June 2010".
    static QString dates(const MeetingInfo &meeting);
};

} // namespace Plenary
