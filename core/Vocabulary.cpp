#include "Vocabulary.h"

#include "WireNames.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Plenary {
using WireNames::Entry;
using WireNames::fromWire;
using WireNames::namesOf;
using WireNames::wireOf;

namespace {

// QT_TRANSLATE_NOOP marks the labels for lupdate; translate() looks them up.
constexpr std::array<Entry<DocumentType>, 7> kTypes{{
    {DocumentType::Contribution, "contribution", QT_TRANSLATE_NOOP("Vocabulary", "Contribution")},
    {DocumentType::TemporaryDocument, "td", QT_TRANSLATE_NOOP("Vocabulary", "TD")},
    {DocumentType::IncomingLiaison, "ls-in", QT_TRANSLATE_NOOP("Vocabulary", "LS/i")},
    {DocumentType::OutgoingLiaison, "ls-out", QT_TRANSLATE_NOOP("Vocabulary", "LS/o")},
    {DocumentType::Output, "output", QT_TRANSLATE_NOOP("Vocabulary", "Output")},
    {DocumentType::Report, "report", QT_TRANSLATE_NOOP("Vocabulary", "Report")},
    {DocumentType::Agenda, "agenda", QT_TRANSLATE_NOOP("Vocabulary", "Agenda")},
}};

constexpr std::array<Entry<Purpose>, 7> kPurposes{{
    {Purpose::Unspecified, "", QT_TRANSLATE_NOOP("Vocabulary", "")},
    {Purpose::Decision, "decision", QT_TRANSLATE_NOOP("Vocabulary", "Decision")},
    {Purpose::Discussion, "discussion", QT_TRANSLATE_NOOP("Vocabulary", "Discussion")},
    {Purpose::Approval, "approval", QT_TRANSLATE_NOOP("Vocabulary", "Approval")},
    {Purpose::Agreement, "agreement", QT_TRANSLATE_NOOP("Vocabulary", "Agreement")},
    {Purpose::Endorsement, "endorsement", QT_TRANSLATE_NOOP("Vocabulary", "Endorsement")},
    {Purpose::Information, "information", QT_TRANSLATE_NOOP("Vocabulary", "Information")},
}};

constexpr std::array<Entry<OutcomeStatus>, 14> kOutcomes{{
    {OutcomeStatus::Approved, "approved", QT_TRANSLATE_NOOP("Vocabulary", "Approved")},
    {OutcomeStatus::ApprovedByConsensus, "approved-by-consensus",
     QT_TRANSLATE_NOOP("Vocabulary", "Approved by consensus")},
    {OutcomeStatus::Agreed, "agreed", QT_TRANSLATE_NOOP("Vocabulary", "Agreed")},
    {OutcomeStatus::Endorsed, "endorsed", QT_TRANSLATE_NOOP("Vocabulary", "Endorsed")},
    {OutcomeStatus::TechnicallyEndorsed, "technically-endorsed",
     QT_TRANSLATE_NOOP("Vocabulary", "Technically endorsed")},
    {OutcomeStatus::Noted, "noted", QT_TRANSLATE_NOOP("Vocabulary", "Noted")},
    {OutcomeStatus::Revised, "revised", QT_TRANSLATE_NOOP("Vocabulary", "Revised")},
    {OutcomeStatus::Merged, "merged", QT_TRANSLATE_NOOP("Vocabulary", "Merged")},
    {OutcomeStatus::Reissued, "reissued", QT_TRANSLATE_NOOP("Vocabulary", "Reissued")},
    {OutcomeStatus::PartiallyApproved, "partially-approved",
     QT_TRANSLATE_NOOP("Vocabulary", "Partially approved")},
    {OutcomeStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("Vocabulary", "Rejected")},
    {OutcomeStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn")},
    {OutcomeStatus::Postponed, "postponed", QT_TRANSLATE_NOOP("Vocabulary", "Postponed")},
    {OutcomeStatus::NotTreated, "not-treated", QT_TRANSLATE_NOOP("Vocabulary", "Not treated")},
}};

constexpr std::array<Entry<LiaisonStatus>, 3> kLiaisonStatuses{{
    {LiaisonStatus::Draft, "draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
    {LiaisonStatus::ApprovedByConsensus, "approved-by-consensus",
     QT_TRANSLATE_NOOP("Vocabulary", "Approved by consensus")},
    {LiaisonStatus::Sent, "sent", QT_TRANSLATE_NOOP("Vocabulary", "Sent")},
}};

constexpr std::array<Entry<Position>, 3> kPositions{{
    {Position::Support, "support", QT_TRANSLATE_NOOP("Vocabulary", "Support")},
    {Position::Object, "object", QT_TRANSLATE_NOOP("Vocabulary", "Object")},
    {Position::Monitor, "monitor", QT_TRANSLATE_NOOP("Vocabulary", "Monitor")},
}};

template <typename E, std::size_t N>
QString labelOf(const std::array<Entry<E>, N> &table, E value) {
    return WireNames::labelOf("Vocabulary", table, value);
}

} // namespace

QString wireName(DocumentType type) {
    return wireOf(kTypes, type);
}
QString wireName(Purpose purpose) {
    return wireOf(kPurposes, purpose);
}
QString wireName(OutcomeStatus status) {
    return wireOf(kOutcomes, status);
}
QString wireName(LiaisonStatus status) {
    return wireOf(kLiaisonStatuses, status);
}
QString wireName(Position position) {
    return wireOf(kPositions, position);
}

std::optional<DocumentType> documentTypeFromWire(const QString &name) {
    return fromWire(kTypes, name);
}
std::optional<Purpose> purposeFromWire(const QString &name) {
    return fromWire(kPurposes, name);
}
std::optional<OutcomeStatus> outcomeStatusFromWire(const QString &name) {
    return fromWire(kOutcomes, name);
}
std::optional<LiaisonStatus> liaisonStatusFromWire(const QString &name) {
    return fromWire(kLiaisonStatuses, name);
}
std::optional<Position> positionFromWire(const QString &name) {
    return fromWire(kPositions, name);
}

QString label(DocumentType type) {
    return labelOf(kTypes, type);
}
QString label(Purpose purpose) {
    return labelOf(kPurposes, purpose);
}
QString label(OutcomeStatus status) {
    return labelOf(kOutcomes, status);
}
QString label(LiaisonStatus status) {
    return labelOf(kLiaisonStatuses, status);
}
QString label(Position position) {
    return labelOf(kPositions, position);
}

QStringList wireNames(DocumentType) {
    return namesOf(kTypes);
}
QStringList wireNames(Purpose) {
    return namesOf(kPurposes);
}
QStringList wireNames(OutcomeStatus) {
    return namesOf(kOutcomes);
}
QStringList wireNames(LiaisonStatus) {
    return namesOf(kLiaisonStatuses);
}
QStringList wireNames(Position) {
    return namesOf(kPositions);
}

QStringList knownLiaisonBodies() {
    return {
        QStringLiteral("NIST Smart Grid Interoperability Panel (SGIP)"),
        QStringLiteral("ISO/IEC JTC 1 Special Working Group on Smart Grid"),
        QStringLiteral("IEC"),
        QStringLiteral("IEC SMB Strategic Group 3 (Smart Grid)"),
        QStringLiteral("IEEE"),
        QStringLiteral("IEEE P2030"),
        QStringLiteral("ETSI"),
        QStringLiteral("3GPP"),
        QStringLiteral("IETF"),
        QStringLiteral("CEN/CENELEC"),
        QStringLiteral("ITU-T JCA-HN"),
        QStringLiteral("ITU-T SG13"),
        QStringLiteral("ITU-T SG15"),
        QStringLiteral("ITU-T SG17"),
    };
}

} // namespace Plenary
