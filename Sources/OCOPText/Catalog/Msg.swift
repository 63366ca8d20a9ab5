
/// Every user-facing text of the dashboard, by name. The words live in one table per language
/// (`Vietnamese.table`, `English.table`); `{1}`, `{2}` … mark where values go.
public enum Msg: String, CaseIterable, Sendable {
    case appTitle, overview, tasks, products, zones, producers, districts, villagesTourism, quit, help, search
    case open, back, filter, clearFilters, sort, palette, nextPane, prevPane, lang, theme, down, up, pageDown
    case pageUp, top, bottom, nextMatch, prevMatch, toggleView, warnings, reverseSort, readOnly, board, table
    case noRows, total, certified, stars, step, district, commune, group, producer, type, status, progress, lead
    case coordinating, deadline, ongoing, latestReport, actions, reports, notes, fullText, owner, due, done, area
    case certifiedArea, chains, tourismModels, fourHas, commodity, households, recognition, expiring90, overdueTasks
    case overdueActions, productsByStar, productsByDistrict, byStep, producersByType, evaluations, certificate
    case expires, standards, marks, name, representative, registration, communes, count, searchPrompt, matches
    case tooSmall, dataWarnings, paletteTitle, helpTitle, global, craftVillage, tourismModel, operatorName, rejected
    case approved, yes, no, highTech, plantingCodes, active, noFilter, keysOfPane, illustrative, asOf, expired
    case none, score, decision, issued, sortedBy, ascending, detail, records, present, add, edit, delete, undo
    case redo, report, noteAction, updateAction, actionDone, nextStep, reject, evaluate, addChain, manageReports
    case manageNotes, manageEvaluations, journal, fieldRequired, fieldWholeNumber, fieldBetween, fieldNumber
    case fieldAtLeast, fieldAtMost, fieldDateRequired, fieldDateInvalid, fieldChoose, fieldChooseRecord, fieldMissingColon
    case recordGone, formNewTask, formEditTask, lblNumber, lblShortTitle, lblEnglishTitle, lblLeadAgency, lblCoordinatingAgencies
    case lblOngoing, lblCompletedOn, lblProgressPercent, lblFullText, formNewAction, formEditAction, lblAction
    case lblOwner, lblDoneOn, hintEmptyIfNotDone, fieldDoneAt100, formNewReport, formEditReport, lblReportDate
    case lblReportingAgency, lblPeriodKind, lblPeriod, lblNarrative, lblTaskProgress, formNewNote, formEditNote
    case lblMeetingDate, lblAuthor, lblKind, formNewProduct, formEditProduct, lblProductName, lblCriteriaSet
    case lblProductGroup, lblSubgroup, lblCycleStep, lblRegisteredYear, hintMarks, fieldUnknownMarkKind, hintMax
    case formNewEvaluation, formEditEvaluation, lblEvaluationDate, lblCouncil, lblPartA, lblPartB, lblPartC, lblDecisionNumber
    case lblEvaluationKind, formReject, lblDate, lblReason, lblZones, formNewZone, formEditZone, lblZoneName
    case lblAreaHa, hintCertifiedAreas, lblPlantingCodes, hintCommaSeparated, lblFourHasQuality, lblFourHasCompetitive
    case lblFourHasMarket, lblFourHasEfficiency, fieldUnknownStandard, fieldAreaNotNumber, formNewChain, formEditChain
    case lblChainName, lblLeadProducer, lblLeadName, lblEnterprises, lblCooperatives, formNewProducer, formEditProducer
    case lblProducerName, lblBusinessType, lblRepresentative, formNewUnit, formEditUnit, lblLevel, lblPartOf
    case lblValidFrom, lblValidTo, formNewAgency, formEditAgency, lblAgencyName, lblShortName, hintShortName
    case formNewVillage, formEditVillage, lblVillageName, lblCraft, lblRecognizedOn, lblHouseholdCount, formNewTourism
    case formEditTourism, lblTourismName, lblOperatingProducer, lblZone, fourHasQuality, fourHasCompetitiveness
    case fourHasMarket, fourHasEfficiency, chainMembers, abbrEnterprise, abbrCooperative, abbrGroup
    case abbrHousehold, sortPrevColumn, sortNextColumn, boardPrevColumn, boardNextColumn, keyCursor, keyLineStart
    case keyLineEnd, keyBackspace, keyDeleteForward, keyDeleteToStart, keyDeleteToEnd, keySearchDone, keySearchCancel
    case keyChoose, keyClose, keyToggleChoice, keyDeleteEntry, keyOtherButton, keyPressButton, keyCancel, keyNextField
    case keyPrevField, keySave, keyChoicePrev, keyChoiceNext, keyToggle, keyFindAndChoose, keyRemoveLast, keyClearValue
    case keyKeepMine, keyTakeTheirs, keyBackToForm, keyNextSlide, keyPrevSlide, keyFirstSlide, keyLastSlide, keySlideNumber
    case keyJumpToSlide, keyRecordNote, keyLeaveDeck, scopeRecords, scopeTask, scopeProduct, scopeZone, scopeDetail
    case scopeText, scopeSearch, scopePicker, scopeDialog, scopeForm, scopeConflict, scopeDeck, scopeDeckNote
    case openRecordDeleted, chooseExistingToDelete, noteSaved, couldNotSave, diskBroken, keyNotUsedHere, readOnlyRefusal
    case saved, undone, redone, savedUndoHint, savedJournalFailed, conflictSomeoneSaved, conflictNotDone, saveFailed
    case typingKept, reloadProducts, reloadNotes, reloadNotice, nothingToRedo, nothingToUndo, addWhat, choosePaneToAdd
    case cannotUndoReferenced, nothingSelected, cannotDeleteReferenced, draftRecordGone, draftRestored, noReportsYet
    case whichReport, noNotesYet, whichNote, whichAction, newActionEntry, everyActionDone, markWhichActionDone
    case productRejectedEditToReturn, productAtLastStep, noEvaluationsYet, whichEvaluation, whichChain, newChainEntry
    case saving, notSavedProblems, deleteTitle, deleteQuestion, deleteButton, draftTitle, draftQuestion, later
    case restoreButton, tookTheirs, conflictDeleted, conflictSaved, conflictOnDisk, conflictYours, agencies, datasetInfo
    case addAgency, editAgencyEntry, deleteAgencyEntry, slideAgenda, slideOverview, taskTitle, slidePipeline
    case slideDistricts, slideZones, slideExpiring, notesOnTaskSlides, deckReadOnly, escAgainToDiscardNote, notePrompt
    case hintSlide, hintNumberEnter, hintJump, hintRecordNote, hintNoteLocked, asOfLine, newInYear, expiringShort
    case certifiedAbbr, daysLeft, noneFullStop, panesHint, linksHeading, liveEarnsCertificate, liveNoCertificate
    case liveTotal, formKeysHint, formKeysChoice, formKeysReference, formKeysFlag, pickerMultiHint, quitTitle
    case discardTitle, quitQuestion, discardQuestion, keepEditing, discardButton, noDataDirectory, stillSaving
    case savingFile, certifiedInYear, expiredCertificates, reportTitle, reportIllustrative, reportHeadline, reportFigure
    case reportValue, reportByStep, reportProductCount, reportSixTasks, reportTask, reportOverdue, reportItem
    case reportDaysOverdue, reportProduct, reportDaysLeft, reportByDistrict, reportZonesShort, reportZone, reportCertifiedHa
    case reportChains, demoTitle, demoSwitchTheme
    case zonesShort, villagesShort, statusShortDoneOnTime, statusShortDoneLate, statusShortInProgress, statusShortOverdue, statusShortNotStarted, statusShortOngoing
    case fieldId, partReport, partNote, partAction, partEvaluation, partChain, partItem, journalAdded, journalRemoved, journalChanged, journalValuesAdded, journalValuesRemoved, journalFieldsSet, journalEmpty, journalTitle, journalRecordGone
    case noWarnings, kindUnit, kindTask, kindProducer, kindProduct, kindZone, kindAgency
    // Meetings, history, minutes (issue 14)
    case kindMeeting, meetingNotEditable, lblChair, lblSecretary, lblAttendees, lblAgenda, lblDecisions
    case lblPlace, lblOpenedAt, lblClosedAt, meetingNoteLinks, paletteMeetings
    case snapshotTaken, outsideChangesFound, asOfHistory, asOfNoSnapshot
    case sinceTitle, sinceTitleDate, sinceStepLine, sinceNewCertificate, sinceExpiredCertificate, sinceRevokedCertificate
    case sinceEvaluationLine, sinceProgressLine, sinceReportLine, sinceActionDone, sinceActionOverdue, sinceZoneAdded, sinceChainAdded
    case decisionDone, decisionOverdue, decisionInProgress, decisionNoAction, sinceDecisions, sinceSteps, sinceCertificates
    case sinceTasks, sinceActions, sinceZones, sinceNothing, sinceUnavailable
    case meetingListLine, meetingOpened, meetingContinued, decisionRecorded, meetingClosed, noOpenMeeting, promptChair, promptSecretary
    case defaultMeetingTitle
    case minutesDefaultBody, minutesNational, minutesMotto, minutesNumber, minutesPlaceDate, minutesTitle, minutesTime, minutesPlace
    case minutesChair, minutesSecretary, minutesAttendees, minutesContent, minutesFigures, minutesTaskLine, minutesNote, minutesDecisions
    case minutesNoDecisions, minutesOwnerDue, minutesClosing, minutesNotClosed, minutesSecretarySign, minutesChairSign, minutesSignHint
    case minutesNoMeeting, minutesWritten, keyCloseMeeting, noMeetingInDeck, pressZAgainToClose, kindSnapshot
    case keyOpenRecord
    case overviewNext, overviewPrev, overviewOpen, overviewSearch
    case noResults, noSearchHere, searchWrappedTop, searchWrappedBottom
    case savedRedoHint
    case readOnlyDirectory
    case readOnlyBecause, dbURLInvalid, dbURLNotAURL, dbURLScheme, dbURLPort, dbURLSSLMode, dbURLParameter, dbConnectFailed, dbConnectionRefused, dbTLSFailed, dbTLSUnsupported, dbServerSaid, dbNotSetUp, dbNewerSchema, dbOlderSchema, dbEmpty, dbConnectionLost, dbSaveWhileLost, dbReadOnlyRole, dbNoURL, dbInitDone, dbInitCurrent, dbImportHasData, dbImportRefused, dbImportDone, dbExportDone, dbExportNotEmpty, dbExportInvalid, dbInvalidRecord
    case stepChangeTitle, stepChangeQuestion, livePartOutOfRange, hintStepChange
    case lblRevocationDecision, hintRevocation, formRejectRevoke
    case validCertificatesOnly, revokedWord, revokedBy, suspendedWord, expiringSoonWord
    case probNotFound, probPermissionDenied, probReadOnlyFileSystem, probNoSpace, probLoop, probIsDirectory, probNotDirectory, probNameTooLong, probIoError, probOther, probValue, probQuotedKey, probColon, probCommaOrBrace, probCommaOrBracket, probDigit, probClosingQuote, probClosingQuoteOnTheSameLine, probLessNesting, probEndOfFile, probValidEscape, probJson, probSeverityError, probSeverityWarning, probRecord, probField, probMissingFile, probWrongEncoding, probByteOrderMark, probInvalidUTF8More, probInvalidUTF8Main, probLoneSurrogate, probDuplicateKey, probNotAnInteger, probNumberTooLarge, probTextTooLong, probUnknownSchemaVersion, probMissingField, probUnknownValue, probInvalidDate, probDuplicateId, probUnknownReference, probNegative, probOutOfRange, probScoreOverMaximum, probTotalMismatch, probStarsMismatch, probCertificateBelowThreeStars, probExpiryBeforeIssue, probExpiryNot36Months, probGroupNotInCriteriaSet, probEmptyText, probNotNFC, probCertificateBeforeEvaluationStep, probInvalidPeriod, probDirectoryMissing, probDirectoryIsAFile, probDirectoryLoop, probDirectoryUnreadable, probEntryDirectory, probEntryFifo, probEntryDevice, probEntrySocket, probEntryOther, probNotRegularFile, probUnreadable, probMalformedJSON, probWrongType, probWrongUnitLevel, probControlCharacter, typeString, typeNumber, typeInteger, typeArray, typeObject, saveInvalidOnDisk, savePermissionDenied, saveNoSpace, saveIsDirectory, saveLockFailed, saveLockReadOnly, validateHeading, validateCounts, validateNotLoaded, illustrativeNotOfficial, validateUnits, validateTasks, validateProducers, validateProducts, validateZones, validateVillages, loadingData
    case probSuccessorCycle, probSuccessorNotContiguous, probNotValidOn, probNotValidOnSuccessor, probCriteriaSetNotInForce, probCouncilCannotAward, probCouncilMayAward, probCouncilMayAwardNothing, probCertificateDisagrees, probTaskOrdinals
    case formerArea, areaColumn, lblPredecessors, lblSuccessors, unitEnded, unitBegan, lblArea, notValidOnDateMark
    case certifiedAreaColumn
    case communesWithProductShort
    case coverageLine
    case productsByArea, productsAndCertified, certificationsByYear, targetsTitle, targetLine, overviewLegend
    case slideProgramme, noticeHeading, noticeConference, noticeSigned, moreBelow, baselineHeading, targetsIllustrative, communesCovered, planMarkLegend, planMark, noticeTaskText, keyScrollSlideDown, keyScrollSlideUp
    case figureDefinitions
    case reportTarget, reportTargetValue, reportReached, reportYear, reportNewlyCertified, reportCumulative, reportCommunes, reportCommunesWithIdea
    case noticeHeadingUndated
    case sixTasksOnly
    case hintSuccessors
    case keySuspend
    case unknownTheme
    case measureEverCertified, measureCertified, measureFourStars, measureFiveStars, measureProducers, measureCoverage
    case overdueTasksCount
    case thousandsSeparator, decimalMark
    case sortPreparing
}

extension Msg {
    /// The text in a language, with `{1}`, `{2}` … replaced by the values given.
    public func text(_ lang: Language, _ args: CustomStringConvertible...) -> String { text(lang, args) }

    /// The text in a language, with `{1}`, `{2}` … replaced by the values given.
    public func text(_ lang: Language, _ args: [CustomStringConvertible]) -> String {
        var s = Catalog.table(lang)[self] ?? rawValue
        for (i, a) in args.enumerated() { s = s.replacingOccurrences(of: "{\(i + 1)}", with: a.description) }
        return s
    }
}

/// The catalogs, one per language.
public enum Catalog {
    /// The table of a language.
    public static func table(_ lang: Language) -> [Msg: String] {
        switch lang {
        case .vi: Vietnamese.table
        case .en: English.table
        }
    }
}
