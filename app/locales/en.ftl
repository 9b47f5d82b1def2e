# Wijkidee: English. Translated from nl.ftl (Dutch, the reference language). Plain language: short
# sentences that say what to do next. British spelling. wijk = district, buurt = neighbourhood.
#
# Format: Mozilla Fluent (https://projectfluent.org/fluent/guide/). `{ $name }` is filled in by the
# program; `{ $count -> [one] … *[other] … }` chooses a form by the number (CLDR: one, other).

MapNoScript = The map needs JavaScript. All ideas are also in the list.
IdeaCount =
    { $count ->
        [one] { $count } idea
       *[other] { $count } ideas
    }
ViewIdea = View idea
NewIdeaTitle = New idea
NewIdeaHowTo = Click the spot on the map your idea is about. You can drag the pin afterwards. With the keyboard: go to the map, move it with the arrow keys and press Enter. Or choose your neighbourhood below.
PinPlaced = Pin placed. Drag the pin to move it.
PinNotPlaced = No pin on the map yet.
PinPlacedIn = Pin placed in { $place }. Drag the pin to move it.
PinOutside = That spot is outside the municipality. Put the pin inside The Hague, or choose a neighbourhood below.
FieldTitle = Title
FieldTitleHint = 5 to 120 characters. For example: More benches in the Zuiderpark
FieldDescription = Description
FieldDescriptionHint = What is your idea, and why is it good for the neighbourhood? At most 4000 characters.
FieldCategory = Topic
FieldChooseCategory = Choose a topic
FieldBuurt = Neighbourhood (if you do not place a pin)
FieldChooseBuurt = Choose a neighbourhood
SubmitIdea = Post idea
Submitting = Working…
IdeaCreated = Your idea is online. Thank you!
FieldEmail = Email address
ErrorTitle = Something went wrong
Loading = Loading…
StatusIngediend = Submitted
StatusOpgepakt = Picked up
StatusInVoorbereiding = Being prepared
StatusInUitvoering = Being carried out
StatusGerealiseerd = Realised
StatusNietHaalbaar = Not feasible
StatusSamengevoegd = Merged
StatusDoorverwezen = Referred elsewhere
StatusIngetrokken = Withdrawn
Month1 = January
Month2 = February
Month3 = March
Month4 = April
Month5 = May
Month6 = June
Month7 = July
Month8 = August
Month9 = September
Month10 = October
Month11 = November
Month12 = December
# A date: day number, month name, year ("3 December 2026").
DateLong = { $day } { $month } { $year }
PopupOpenIdea = View this idea
PinTitle = Place of your new idea
MapClusterIn =
    { $count ->
        [one] { $count } idea in { $place }
       *[other] { $count } ideas in { $place }
    }
MapClusterHere =
    { $count ->
        [one] { $count } idea here
       *[other] { $count } ideas here
    }
MapIdeaName = Idea: { $title }, { $status }
MapSkip = Skip the map
MapZoomIn = Zoom in
MapZoomOut = Zoom out
FormHasErrors = The idea has not been posted yet. Check the fields with a message.
SupportCount =
    { $count ->
        [one] { $count } supporter
       *[other] { $count } supporters
    }
CommentCount =
    { $count ->
        [one] { $count } comment
       *[other] { $count } comments
    }
EnoughSupport = Enough support
CommentsTitle = Comments
CommentsEmpty = No comments yet. What do you think?
CommentFieldLabel = Your comment
CommentFieldHint = At most 2000 characters. Links become clickable. Everyone can read your comment, with your name.
CommentSubmit = Post comment
ReplyButton = Reply
ReplyFieldLabel = Your reply
ReplySubmit = Post reply
EditButton = Edit
SaveButton = Save
DeleteButton = Delete
CommentDeleteConfirm = Are you sure you want to delete this comment? This cannot be undone.
CommentDeleteYes = Yes, delete my comment
WorksHere = Works in the district:
CommentEdited = edited
CommentDeleted = This comment was deleted.
CommentLoginFirst = Log in to comment.
CommentEditLabel = New text of your comment
CommentEditHint = You can edit your comment for up to 15 minutes after posting it.
NotificationsTitle = Notifications
NotificationsEmpty = You have no notifications yet. Follow an idea or a district to stay informed.
NotificationsLoginFirst = Log in to see your notifications.
MarkAllRead = Mark all as read
MarkRead = Read
UnreadMark = new
EmailSettingsTitle = Notifications by email
EmailDirect = Right away: an email for every notification
EmailDaily = Once a day, a summary
EmailNever = No email, only here on the site
SaveSettings = Save
SettingsSaved = Saved.
UnsubscribeTitle = Stop emails
UnsubscribeText = Do you no longer want email from Wijkidee? Click the button. Your notifications stay on the site.
UnsubscribeButton = Unsubscribe
UnsubscribeDone = You have unsubscribed: Wijkidee will not email you any more. You can turn email back on at any time under Notifications.
SimilarTitle = Does this idea already exist?
SimilarIntro = These ideas nearby look like yours. Support one of them, or post your own idea if it is something else.
SimilarDistance = { $m } m away
RoleResident = resident
RoleProfessional = professional
RoleEditor = municipal editor
RoleModerator = moderator
RoleAdministrator = administrator
FunctionCommunityBuilder = community builder
FunctionIdeeenmakelaar = idea broker
FunctionOpbouwwerker = community worker
FunctionWijkmanager = district manager
FunctionAnders = professional
OrgGemeente = municipality
OrgWelzijn = welfare organisation
OrgWoningcorporatie = housing association
OrgBewoners = residents' association
OrgAnders = other organisation
NoteOrganisatie = only my organisation
NoteProfessionals = all professionals
NoteOpenbaar = public
ClaimLead = contact person
ClaimSupporting = supporting
TimelineClaimLead = picked up the idea as contact person
TimelineClaimSupporting = joins in to support
TimelineRelease = let go of the idea
TimelineStatus = changed the status
AdminInviteTitle = Invite a professional
AdminInviteRole = Role
AdminInviteFunction = Job
AdminInviteOrganisation = Organisation
AdminInviteWerkgebied = Work area
AdminInviteWerkgebiedHint = Choose the districts this professional works in. A professional or editor needs at least one.
AdminInviteWijkFilter = Find a district
AdminInviteMade = The invitation is ready. Send the link yourself: no email is set up.
AdminInviteMailed = The invitation is ready and has been emailed. You can also send the link yourself.
AdminInviteExistingResident = Note: this address belongs to an existing resident account. If the person accepts the invitation, that account becomes a professional account. Name, ideas and comments stay.
AdminInviteExistingProfessional = Note: this address already belongs to someone who works here. If the person accepts the invitation, the account gets the role, organisation and districts of this invitation.
AdminInviteCopy = Copy the link
AdminInviteCopied = Copied.
AdminInviteValid =
    { $days ->
        [one] The link works once, for { $days } day.
       *[other] The link works once, for { $days } days.
    }
AdminInviteSubmit = Create invitation
AdminInviteLink = Link for the invitation
AdminInviteLanguage = Language of the invitation
AdminInviteLanguageHint = The email and the invitation page are in this language. Does this address already have an account? Then the email uses that account's language.
HandoverStatusOpen = waiting for an answer
HandoverStatusAccepted = taken over
HandoverStatusDeclined = not taken over
HandoverStatusWithdrawn = withdrawn
TimelineHandover = took the idea over from { $previous }
NotifComment = { $actor } commented on ‘{ $title }’
NotifCommentAnonymous = New comment on ‘{ $title }’
NotifStatus = ‘{ $title }’ has a new status: { $status }
NotifWardIdeasOne = New idea in { $wijk }: ‘{ $title }’
NotifWardIdeasMany =
    { $count ->
        [one] { $count } new idea in { $wijk }: ‘{ $title }’
       *[other] { $count } new ideas in { $wijk }, the newest: ‘{ $title }’
    }
NotifHandoverOffered = { $actor } wants to hand ‘{ $title }’ over to you. Will you take it?
NotifHandoverAccepted = { $actor } has taken ‘{ $title }’ over from you
NotifHandoverDeclined = { $actor } will not take ‘{ $title }’ over. You are still the lead.
NotifNewContact = Your new contact person for ‘{ $title }’ is { $actor }
NotifSupportsOne = Someone supports your idea ‘{ $title }’
NotifSupportsMany =
    { $count ->
        [one] { $count } person supports your idea ‘{ $title }’
       *[other] { $count } people support your idea ‘{ $title }’
    }
NotifUncoveredIdea = New idea in { $wijk }, where no professional works yet: ‘{ $title }’
NotifMessage = { $actor } sent you a message about ‘{ $title }’
NotifClaimStalled = Nothing has happened on ‘{ $title }’ for a long time. Update it, hand it over or let it go.
ErrResponderUnknown = Choose a professional or an organisation from the list.
ErrDisplayNameRole = Choose a name without a job or organisation in it. People who work here get those shown next to their name automatically.
ErrReleaseReasonRequired = Write briefly why you are letting the idea go. The author and everyone following the idea will read it.
ErrReleaseReasonTooLong = The reason is too long: use at most 2000 characters.
ErrTitleEmpty = Give your idea a title.
ErrTitleTooShort = The title is too short: use at least 5 characters.
ErrTitleTooLong = The title is too long: use at most 120 characters.
ErrDescriptionEmpty = Describe your idea in a few sentences.
ErrDescriptionTooLong = The description is too long: use at most 4000 characters.
ErrControlCharacters = The text contains invisible characters that we cannot store.
ErrCoordinatesInvalid = That spot on the map is not right. Place the pin again or choose a neighbourhood.
ErrLocationMissing = Place a pin on the map or choose a neighbourhood.
ErrOutsideWards = That spot is outside the districts of The Hague. Choose a spot in the municipality.
ErrCategoryUnknown = Choose a topic from the list.
ErrWardCodeInvalid = That district code does not exist.
ErrEmailInvalid = Enter a valid email address, such as name@example.com.
ErrEmailTaken = There is already an account with this email address. Log in, or use another address.
ErrDisplayNameTooShort = Enter a name of at least 2 characters.
ErrDisplayNameTooLong = That name is too long: use at most 60 characters.
ErrPasswordTooShort = The password is too short: use at least 10 characters.
ErrPasswordTooLong = The password is too long: use at most 256 characters.
ErrPasswordCommon = This password is used very often and is easy to guess. Choose another one.
ErrLoginFailed = This email address and password do not match.
ErrTooManyAttempts = Too many failed attempts. Wait a quarter of an hour and try again.
ErrLoginRequired = Log in first.
ErrCrossSite = This request comes from another website and was refused.
ErrNotFound = That does not exist (any more).
ErrMalformedRequest = The request is incomplete or not right.
ErrTooLarge = The request is too large.
ErrNetwork = No connection to the server. Please try again.
ErrCommentEmpty = Write a comment first.
ErrCommentTooLong = That comment is too long: use at most 2000 characters.
ErrOwnIdeaSupport = You cannot support your own idea. Ask your neighbours for support!
ErrIdeaClosedForSupport = This idea is closed or withdrawn. It can no longer be supported.
ErrIdeaHidden = A moderator has hidden this idea. You cannot comment now.
ErrReplyTargetInvalid = The comment you are replying to does not belong to this idea.
ErrCommentNotYours = You can only edit or delete your own comments.
ErrCommentEditExpired = You can edit a comment for up to 15 minutes after posting. That time has passed.
ErrAlreadyFollowing = You already follow this.
ErrNotFollowing = You do not follow this.
ErrFrequencyUnknown = Choose how often you want to get email.
ErrTransitionNotAllowed = This status change is not possible from the current status.
ErrExplanationRequired = Explain why in a few words. The explanation is public.
ErrMergeTargetRequired = Choose the idea this idea is merged into.
ErrReferralRequired = Say where the idea was referred to.
ErrClaimInstead = Pick the idea up to give it the status ‘picked up’.
ErrProfessionalsOnly = Only a professional in the district can do this.
ErrOutsideWerkgebied = This district is not part of your work area.
ErrLeadOnly = Only the lead of this idea can do this.
ErrAuthorOnly = Only the author of the idea can do this.
ErrNoOrganisation = You do not belong to an organisation yet, so a note for your organisation is not possible.
ErrAdministratorsOnly = Only an administrator can do this.
ErrAlreadyLead = This idea already has a lead. You can join in to support.
ErrAlreadyClaimed = You are already working on this idea.
ErrNotClaimed = You are not working on this idea.
ErrIdeaClosed = This idea is closed. Reopen it first.
ErrNoteEmpty = Write a note first.
ErrNoteTooLong = That note is too long: use at most 4000 characters.
ErrVisibilityUnknown = Choose who the note is for.
ErrInvitationInvalid = This invitation does not exist. Check that you used the whole link, or ask the administrator for a new one.
ErrInvitationUsed = This invitation has already been used. Did you accept it yourself? Then log in with your account.
ErrInvitationExpired = This invitation has expired. Ask the administrator for a new one.
ErrInvitationRevoked = This invitation was withdrawn. Ask the administrator if you think this is a mistake.
ErrWerkgebiedEmpty = Choose at least one district this professional works in.
ErrOrganisationNameTaken = There is already an organisation with this name.
ErrOrganisationNameInvalid = Give the organisation a name of 2 to 120 characters.
ErrKindUnknown = Choose what kind of organisation it is.
ErrRoleUnknown = Choose a role.
ErrLanguageUnknown = Choose a language from the list.
ErrFunctionUnknown = Choose a job.
ErrMergeTargetInvalid = The idea to merge into does not exist or is closed itself.
ErrHandoverToProfessionalsOnly = You can only hand an idea over to a professional.
ErrHandoverToSelf = You are already the lead. Choose someone else.
ErrHandoverReceiverOutside = This professional does not work in the district of this idea.
ErrHandoverNotYours = This handover was not offered to you.
ErrHandoverOpen = A handover is already open for this idea. Wait for the answer.
ErrHandoverAnswered = This handover has already been answered or withdrawn.
ErrHandoverNoteEmpty = Write a handover note: agreements with the resident, open tasks, contacts.
ErrHandoverNoteTooLong = That handover note is too long: use at most 4000 characters.
ErrHandoverReceiverUnknown = Choose who you hand the idea over to.
ErrWorkbenchListUnknown = That list does not exist on the workbench.
ErrEditOnlyWhileSubmitted = You can only change your idea while nobody has picked it up.
ErrMessagesResidentsOnly = Only residents send messages here. As a professional, write a note.
ErrNoContactPerson = This idea has no contact person yet. As soon as someone picks it up, you can send a message.
ErrMessageEmpty = Write your message first.
ErrMessageTooLong = That message is too long: use at most 2000 characters.
ErrConversationUnknown = This resident has not sent a message about this idea yet.
TimelineEdited = changed the idea
ErrNotAProfessional = This account is not a professional.
ErrStillLeadsIdeas = This person is still the contact person of ideas. Hand those over first (below: hand over all ideas).
DoneCommentDeleted = Your comment was deleted.
ErrInternal = Something went wrong on our side. Please try again later.
AppName = Wijkidee
AppTagline = Ideas for your district, from residents, made real together
Municipality = The Hague
SkipToContent = Skip to content
# The label of the list of languages in the header (each language is named in itself).
LanguageNavLabel = Language
ListSeparator = {", "}
NavIdeas = Ideas
NavWards = Districts
NavLogin = Log in
NavRegister = Create account
NavLogout = Log out
NavMainLabel = Main menu
LoggedInAs = Logged in as
FooterCredits = Map data © Kadaster · District and neighbourhood boundaries: Kadaster / Centraal Bureau voor de Statistiek
FooterLicence = Wijkidee is open source (EUPL-1.2).
HomeTitle = Ideas for The Hague
HomeIntro = Do you have an idea for your neighbourhood? Put it on the map. Neighbours can share their thoughts, and professionals in the district help make it happen.
MapLabel = Map of the districts with ideas
IdeaListTitle = All ideas
IdeaListEmpty = There are no ideas yet. Be the first!
NewIdeaLoginFirst = Log in or create an account to post an idea.
IdeaBy = by
IdeaPostedOn = posted on
IdeaLocation = Location
IdeaWard = District
IdeaBuurt = Neighbourhood
IdeaCategory = Topic
IdeaStatus = Status
BackToMap = Back to the map
WardsTitle = Districts of The Hague
WardsIntro = Choose a district to see its ideas.
WardIdeasTitle = Ideas in this district
WardNoIdeas = There are no ideas in this district yet.
WardBuurten = Neighbourhoods
WardOnMap = Search and filter these ideas on the map
WardAllIdeas =
    { $count ->
        [one] The only idea of this district in the list
       *[other] All { $count } ideas of this district in the list
    }
LoginTitle = Log in
RegisterTitle = Create account
RegisterIntro = With an account you can post ideas. We only ask for what we need: your email address to log in and a name others see.
FieldPassword = Password
FieldPasswordHint = At least 10 characters. A sentence of a few words is strong and easy to remember.
FieldDisplayName = Name others see
FieldDisplayNameHint = Your first name or a nickname is enough.
SubmitLogin = Log in
SubmitRegister = Create account
NoAccountYet = No account yet?
HaveAccount = Already have an account?
NotFoundTitle = Page not found
NotFoundText = This page does not exist (any more). Perhaps the address was copied wrongly.
IdeaCountAtLeast =
    { $count ->
        [one] more than { $count } idea
       *[other] more than { $count } ideas
    }
EnoughSupportExplain = This idea has enough support. Professionals in the district see that straight away.
SupportStillNeeded =
    { $count ->
        [one] { $count } more supporter needed for enough support.
       *[other] { $count } more supporters needed for enough support.
    }
SupportButton = Support this idea
WithdrawSupportButton = Withdraw support
YouSupport = You support this idea.
SupportLoginFirst = Log in to support or follow this idea.
SupportOwnIdea = This is your idea. Ask your neighbours for support!
SupportClosed = Support is no longer possible: this idea is closed or withdrawn.
FollowButton = Follow
UnfollowButton = Stop following
FollowingNote = You follow this idea: you get a notification for new comments and a new status.
FollowWijkButton = Follow this district
UnfollowWijkButton = Stop following this district
FollowWijkNote = If you follow this district, you get a notification when new ideas come in.
ParticipationLabel = Support and follow
NavNotifications = Notifications
UnreadLabel = unread notifications
FilterTitle = Search and filter
FilterSearch = Search words
FilterWijk = District
FilterAllWijken = All districts
FilterCategory = Topic
FilterAllCategories = All topics
FilterStatus = Status
FilterAllStatuses = All statuses
FilterSort = Order
SortNewest = Newest first
SortMostSupported = Most support
SortMostDiscussed = Most comments
FilterApply = Show ideas
FilterClear = Clear filters
FilteredIdeas = Ideas found
PagePrevious = Previous
PageNext = Next
PageOf = Page { $page } of { $count }
PagerLabel = Pages
SearchTooShort = Type at least 2 letters to search. The list below is not filtered by words.
NoMatches = No ideas found. Try other search words or clear the filters.
WorkTitle = Who is working on this?
WorkUncoveredProfessional = Not picked up yet. No Wijkidee professional works in this district yet. { $who } reads the ideas from such districts and can pick this idea up.
WorkUncoveredTeam = Not picked up yet. No Wijkidee professional works in this district yet. The team of { $organisation } reads the ideas from such districts and can pick this idea up.
WorkUncoveredNobody = Not picked up yet. No Wijkidee professional works in this district yet, and nobody has been named to read these ideas. The Wijkidee administrator sees that this idea is waiting.
WorkNobody = Not picked up yet. Professionals in the district can pick this idea up.
ReleaseReason = Why are you letting it go?
ReleaseReasonHint = This is shown publicly with the idea. The author and its followers read it.
ReleaseConfirm = Let go
WorkLeadBy = Picked up by
WorkSupportedBy = Supported by
ClaimLeadButton = Pick up as lead
ClaimSupportingButton = Join in to support
ReleaseButton = Let go
StatusChangeTitle = Change status
StatusNew = New status
StatusChoose = Choose a status
StatusExplanation = Explanation (public)
StatusExplanationNeededFor = Everyone reads this explanation. Required for: { $statuses }.
StatusMergedInto = Merged with idea (number)
StatusReferredTo = Referred to
StatusChangeSubmit = Change status
NotesTitle = Notes
NotesEmpty = No notes yet.
NoteField = New note
NoteVisibilityLabel = Who may read this?
NoteSubmit = Add note
TimelineTitle = Timeline
TimelineFromTo = from { $from } to { $to }
TimelineMergedInto = Merged with idea
TimelineReferredTo = Referred to
InvitationTitle = Invitation to Wijkidee
InvitationIntro = You are invited to work in Wijkidee as a professional.
InvitationFor = For
InvitationAccept = Accept invitation
InvitationAccepted = Welcome! Your account is ready.
InvitationHasAccount = Do you already have an account with this address? Then enter your password; your name stays as it is.
AdminTitle = Administration
AdminOrganisations = Organisations
AdminNewOrganisation = New organisation
AdminOrganisationName = Name
AdminOrganisationKind = Kind
AdminCreate = Add
AdminOpenInvitations = Open invitations
AdminNoOpenInvitations = There are no open invitations.
AdminInvitedBy = Invited by { $name } on
AdminInvitationUntil = valid until
AdminInvitationLanguage = Language:
AdminRevokeInvitation = Withdraw
AdminInvitationRevoked = The invitation was withdrawn. The link no longer works.
AdminOnly = This page is for administrators.
NavWorkbench = Workbench
NavAdmin = Administration
BenchTitle = Workbench
BenchIntro = The open ideas in your districts: what nobody has picked up, what has stalled, where organisations work together and what has enough support.
BenchNoWerkgebied = You do not have a work area yet. Ask an administrator to add your districts.
BenchLoginFirst = The workbench is for professionals. Log in with your work account.
BenchUnclaimed = Not picked up
BenchStalled = Stalled
BenchSeveralOrganisations = Several organisations
BenchEnoughSupport = Enough support
BenchOpen =
    { $count ->
        [one] { $count } open idea
       *[other] { $count } open ideas
    }
BenchByOrganisation = By organisation
BenchUncoveredWijk = No professional works here yet. You read the ideas from this district, as from all districts without a professional.
BenchByProfessional = By professional
BenchAllWijken = all your districts
BenchListTitle = { $list } in { $wijk }
BenchListEmpty = No ideas in this list.
BenchStalledHint =
    { $days ->
        [one] Stalled: the lead did nothing for { $days } day.
       *[other] Stalled: the lead did nothing for { $days } days.
    }
BenchSilentDays =
    { $days ->
        [one] { $days } day quiet
       *[other] { $days } days quiet
    }
BenchLead = Lead
BenchSupports = Support
BenchSubmitted = Submitted
BenchCloseList = Close list
HandoverInbox = Handovers for you
HandoverFrom = From { $name }, for ‘{ $title }’ in { $wijk }
HandoverAccept = Take over
HandoverDecline = Do not take over
HandoverWithdraw = Withdraw offer
HandoverTitle = Hand over
HandoverIntro = Hand this idea over to a colleague in the district. They become the lead as soon as they accept; the author hears who the new contact person is.
HandoverTo = To
HandoverChoose = Choose a colleague
HandoverNote = Handover note (only for the two of you)
HandoverNoteHint = Agreements with the resident, open tasks, contacts.
HandoverSubmit = Offer handover
HandoverNoColleagues = There is no other professional in this district to hand over to.
HandoversTitle = Handovers
HandoverFromTo = { $from } → { $to }
AdminProfessionals = Professionals
AdminLeads =
    { $count ->
        [one] lead of { $count } idea
       *[other] lead of { $count } ideas
    }
AdminUncoveredTitle = Districts without a professional
AdminUncoveredSummary = Districts without a professional: { $wijken }. Open ideas waiting there: { $ideas }.
AdminUncoveredIntro = Choose who reads and picks up the ideas from these districts: one professional, or the team of an organisation. They see these ideas on their workbench and get a notification for every new idea. The author reads on the idea's page who reads it.
AdminResponder = Who reads ideas from districts without a professional?
AdminResponderNobody = Nobody yet
AdminOrganisationTeams = The team of an organisation
AdminResponderSubmit = Save
AdminResponderSaved = Saved.
AdminOpenIdeas = Open ideas
AdminBulkTitle = Hand over all ideas
AdminBulkIntro = Is someone leaving? Hand over all their ideas at once, with the same note. The authors hear who their new contact person is.
AdminBulkFrom = From
AdminBulkTo = To
AdminBulkNote = Handover note (for the new lead)
AdminBulkSubmit = Hand over all
AdminBulkDone =
    { $count ->
        [one] Handed over: { $count } idea.
       *[other] Handed over: { $count } ideas.
    }
MailInvitationSubject = You are invited to Wijkidee
MailInvitationBody =
    Hello,

    You are invited to work in Wijkidee, as { $what }. Wijkidee is the place where residents share ideas for their district, and where professionals make them happen together with them.

    Open this link to create your account or to link your existing account:
    { $link }

    The link works once, for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.

    Do you not know Wijkidee, or did you not expect this email? Then you can ignore it.
MailSubject = Wijkidee: { $text }
MailDirectIntro =
    Hello,

    There is news about something you follow on Wijkidee:
MailDigestSubject = Wijkidee: your summary for today ({ $count })
MailDigestIntro =
    Hello,

    This happened since your last summary in what you follow on Wijkidee:
MailFooter =
    You get this email because you follow this on Wijkidee. Set how often you get email at { $settings }
    No more email? Unsubscribe with one click: { $unsubscribe }
NavMyIdeas = My ideas
MyIdeasTitle = My ideas
MyAccountHeading = Your account
MyAccountName = Name
MyAccountEmail = Email address
MyAccountEmailPrivate = Only you see your email address. Others only see your name.
MyNotificationSettings = Set up notifications and email
MyIdeasWritten = Ideas you wrote
MyIdeasSupported = Ideas you support
MyIdeasFollowed = Ideas of others you follow
MyIdeasNoneWritten = You have not posted an idea yet.
MyIdeasPostOne = Post an idea
MyIdeasNoneSupported = You do not support any ideas yet.
MyIdeasNoneFollowed = You do not follow ideas of others yet.
OwnIdeaTitle = Your own idea
OwnIdeaIntro = As long as nobody has picked your idea up, you can change or withdraw it.
EditIdeaSummary = Change idea
FieldOtherBuurt = Other neighbourhood
FieldOtherBuurtHint = Leave this empty to keep the place.
KeepPlace = Keep the same place
SaveIdeaButton = Save changes
WithdrawIdeaSummary = Withdraw idea
WithdrawReasonLabel = Why are you withdrawing your idea?
WithdrawReasonHint = This is shown publicly with your idea, so its supporters know why.
WithdrawIdeaButton = Yes, withdraw my idea
MessagesTitle = Messages
MessagesIntro = Ask your question to the contact person: { $contact }. Only the professionals working on this idea read along. Your email address stays hidden.
MessagesNoContactYet = As soon as a professional picks this idea up, you can send them a message here.
MessagesLoginFirst = Log in to send the contact person of this idea a message.
MessageFieldLabel = Your message
SendMessageButton = Send message
MessagesFromResidents = Messages from residents
MessagesFromResidentsIntro = Only the resident and the professionals working on this idea read this.
MessagesConversationWith = Conversation with { $name }
AnswerFieldLabel = Your answer to { $name }
AnswerButton = Send answer
MessagesNone = No messages yet.
MessagesYou = you
AdminEditProfessional = Change
AdminEditProfessionalTitle = Change { $name }
AdminSaveProfessional = Save
AdminNoOrganisation = No organisation
AdminWerkgebied = Work area
AdminDeactivateProfessional = Deactivate
AdminDeactivateProfessionalExplain = { $name } can then no longer work as a professional. The account stays as a resident account; what they wrote stays.
AdminDeactivateConfirm = Yes, deactivate
AdminDeactivateLeadsFirst =
    { $count ->
        [one] { $name } is still the contact person of { $count } idea. Hand it over first with ‘Hand over all ideas’.
       *[other] { $name } is still the contact person of { $count } ideas. Hand those over first with ‘Hand over all ideas’.
    }
AdminDeactivateOrganisation = Deactivate
AdminDeactivateOrganisationExplain = All professionals of { $name } can then no longer work as professionals. Hand over their ideas first.
AdminOrganisationDeactivated = The organisation was deactivated.
DoneSupported = You now support this idea.
DoneSupportWithdrawn = Your support was withdrawn.
DoneFollowed = You now follow this. You get a notification when something changes.
DoneUnfollowed = You no longer follow this.
DoneClaimed = You have picked the idea up.
DoneReleased = You have let go of the idea.
DoneStatusChanged = The status was changed.
DoneNoteAdded = Your note has been added.
DoneHandoverOffered = The handover has been offered.
DoneHandoverAccepted = You have taken the idea over.
DoneHandoverDeclined = You have declined the handover.
DoneHandoverWithdrawn = The handover was withdrawn.
DoneMessageSent = Your message was sent.
DoneIdeaEdited = Your idea was changed.
DoneIdeaWithdrawn = Your idea was withdrawn.
DoneDeactivated = Deactivated.
DoneSaved = Saved.

## Open data (issue 11): the page /open-data, the Atom feeds and the DCAT description
FooterOpenData = Open data
FeedLinkTitle = News from this page (Atom)
FeedCityTitle = New ideas and progress · { $publisher }
FeedWijkTitle = New ideas and progress in { $wijk }
FeedIdeaTitle = Progress of ‘{ $title }’
FeedSubmitted = New idea: { $title }
FeedStatusChanged = ‘{ $title }’: { $status }
FeedStatusContent = The status changed from ‘{ $from }’ to ‘{ $to }’.
FeedStatusBy = By: { $role }.
OpenDataTitle = Open data
OpenDataIntro = All public ideas are open data. Anyone may use them, also in their own website or app.
OpenDataPrivacy = Nothing personal is in it: no names or email addresses of residents, no notes of professionals and no hidden ideas.
OpenDataLicence = Licence
OpenDataPublisher = Publisher
OpenDataIdeasHeading = All ideas as a file
OpenDataGeojson = For maps and GIS software: GeoJSON, with coordinates in WGS84.
OpenDataCsv = For spreadsheets: CSV in UTF-8, one idea per line.
OpenDataFiltersHeading = Only some of the ideas
OpenDataFiltersIntro = Add one or more of these parameters to the address. An unknown or wrong parameter gives an error (400) that says what is wrong.
OpenDataParameter = Parameter
OpenDataMeaning = Meaning
OpenDataExample = Example
OpenDataParamWijk = The code of a wijk or buurt (CBS).
OpenDataParamStatus = The idea's status.
OpenDataParamCategory = The idea's topic.
OpenDataParamSince = Submitted on or after this date.
OpenDataParamBbox = Inside a rectangle: west, south, east, north, in degrees (WGS84).
OpenDataStatusCodes = Status codes
OpenDataCategoryCodes = Topic codes
OpenDataFeedsHeading = Keep up to date (Atom)
OpenDataFeedsIntro = New ideas and status changes, for a feed reader. Every page of a wijk or an idea also has its own feed.
OpenDataFeedCity = The whole municipality
OpenDataFeedWijk = One wijk: { $wijk }
OpenDataFeedIdea = One idea
OpenDataWardsHeading = Boundaries of the wijken
OpenDataWards = The boundaries of all wijken, as GeoJSON. Source: Kadaster / Statistics Netherlands (CBS).
OpenDataCatalogHeading = Description for data registers
OpenDataCatalog = A description following DCAT-AP (JSON-LD), to list the data in the data.overheid.nl register.
OpenDataCaching = Every answer has an ETag and a Last-Modified. Ask again with If-None-Match and you get 304 when nothing changed. Other websites may fetch the data directly (CORS).
DcatCatalogTitle = Wijkidee: open data
DcatDatasetTitle = Residents' ideas for their neighbourhood
DcatDatasetDescription = Ideas residents submit for their wijk or buurt, with place, topic, status, support and number of comments. Without personal data.

## The categories a new installation starts with (a category a municipality adds keeps its own name)
CategoryGroen = Green spaces
CategorySpelen = Play
CategoryVerkeer = Traffic and safety
CategoryOntmoeten = Meeting people
CategorySchoon = Clean and intact
CategoryCultuur = Culture
CategoryAnders = Other

## Open311 keys on /beheer (issue 11)
AdminApiKeys = Connections (Open311)
AdminApiKeysIntro = Other systems, such as a reporting app, can send in ideas over Open311. Give each system its own key. When a system stops, revoke its key.
AdminApiKeyName = Name of the system
AdminApiKeyIssue = Make a key
AdminApiKeyIssued = The key for { $name } is below. Copy it now: it is shown only once.
AdminApiKeyLabel = Key
AdminApiKeyIdeas = ideas sent in: { $count }
AdminApiKeyRevoke = Revoke key
AdminApiKeyRevoked = The key has been revoked.
AdminApiKeyRevokedOn = revoked on
AdminNoApiKeys = There are no keys yet.

## Progress on an idea: milestones, percentage, updates (issue 11)
ProgressTitle = Progress
ProgressPercent = { $percent }% done
ProgressByHand = (estimated by the professional)
ProgressNone = There are no milestones yet.
MilestoneStateDone = done
MilestoneStateOpen = not done yet
MilestonePlannedOn = planned for { $date }
MilestoneDoneOn = done on { $date }
MilestoneAddTitle = Add a milestone
MilestoneTitleField = What will be done?
MilestonePlannedField = Planned date
MilestoneAddSubmit = Add milestone
MilestoneMarkDone = Done
MilestoneReopen = Not done after all
MilestoneMove = Other date
MilestoneNewDay = New planned date
MilestoneMoveSubmit = Change date
MilestoneRemove = Remove
UpdateTitle = Post a progress update
UpdateField = Message
UpdateHint = Everyone can read this. People who follow the idea get a notification.
UpdateSubmit = Post update
ProgressSetTitle = Estimate progress yourself
ProgressPercentField = Percentage done (0 to 100)
ProgressPercentHint = Leave empty to let the progress follow the milestones again.
ProgressReasonField = Why this percentage?
ProgressSetSubmit = Save progress
DoneMilestoneAdded = The milestone was added.
DoneMilestoneDone = The milestone is marked done.
DoneMilestoneReopened = The milestone is open again.
DoneMilestoneMoved = The date was changed.
DoneMilestoneRemoved = The milestone was removed.
DoneUpdatePosted = The update was posted.
DoneProgressSet = The progress was saved.
TimelineMilestoneAdded = added the milestone “{ $title }”, planned for { $date }
TimelineMilestoneMoved = moved the milestone “{ $title }” from { $old } to { $date }
TimelineMilestoneDone = marked the milestone “{ $title }” done ({ $date })
TimelineMilestoneReopened = reopened the milestone “{ $title }”
TimelineMilestoneRemoved = removed the milestone “{ $title }”
TimelineProgressSet = estimated the progress at { $percent }%
TimelineProgressFollowsMilestones = let the progress follow the milestones again
TimelineUpdate = posted a progress update
NotifProgress = { $actor } posted a progress update on “{ $title }”
ErrProgressKeepersOnly = Only the professionals working on this idea and the municipality's editors for this neighbourhood can keep its progress.
ErrProgressNotNow = Progress can only be kept while the idea is being prepared or carried out.
ErrMilestoneTitleEmpty = Write what will be done.
ErrMilestoneTitleTooLong = Make the milestone shorter: 200 characters at most.
ErrDateInvalid = Enter a real date, such as 2027-03-01.
ErrDoneInFuture = A milestone cannot be done in the future.
ErrMilestoneUnchanged = That milestone is gone or already so. Reload the page.
ErrPercentInvalid = Enter a whole number from 0 to 100, or leave the field empty.
ErrProgressReasonRequired = Write why the progress changes.
ErrProgressReasonTooLong = Make the explanation shorter: 2000 characters at most.
ErrUpdateEmpty = Write a message first.
ErrUpdateTooLong = Make the message shorter: 4000 characters at most.

## Progress pages of the city and each wijk (issue 11)
ProgressPageCityTitle = Progress in the city
ProgressPageWardTitle = Progress in { $wijk }
ProgressPageIntro = What became of the residents' ideas.
ProgressPageAsOf = Figures of { $date }.
ProgressCountsTitle = Ideas by status
ProgressIdeasInAll =
    { $count ->
        [one] { $count } idea in all.
       *[other] { $count } ideas in all.
    }
ProgressMonthsTitle = Submitted and realised per month
ChartTitle = Ideas per month, the last 24 months
ChartDescription = Bar chart. In this period { $submitted } ideas were submitted and { $realised } realised. The table beside it has all the numbers.
ChartSubmitted = Submitted
ChartRealised = Realised
ChartMonth = Month
ChartTableCaption = Ideas per month, newest month first
MonthYear = { $month } { $year }
ProgressDurationsTitle = How fast does it go?
ProgressPickUp = From submission to pick-up
ProgressRealisation = From submission to realisation
ProgressDurationFigure = Usually { $median } (median). 9 in 10 within { $p90 }. Measured over { $count } ideas.
ProgressDurationNone = No ideas to measure yet.
ProgressDurationsHint = The median is the middle number: half of the ideas go faster, half slower.
DayCount =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
ProgressRealisedTitle = Realised
ProgressRealisedEmpty = No ideas realised yet.
ProgressRealisedOn = realised on { $date }
ProgressSubmittedOn = submitted on { $date }
ProgressUnclaimedTitle = Not picked up for more than { $days } days
ProgressUnclaimedEmpty = No ideas waiting long. Everything has been picked up.
ProgressWaitingTitle = Enough support ({ $threshold } or more), waiting for a decision
ProgressWaitingEmpty = No ideas with enough support waiting for a decision.
ProgressListMore = The first { $shown } of { $total }.
ProgressExportLink = All ideas as a CSV file
ProgressLinkCity = Progress in the city
ProgressLinkWard = Progress in this neighbourhood
SummaryTitle = Summary by the municipality
SummaryPublishedOn = Published on
SummaryEarlier =
    { $count ->
        [one] { $count } earlier summary
       *[other] { $count } earlier summaries
    }
SummaryWrite = Write a summary
SummaryField = Summary
SummaryHint = Say briefly what happened in the neighbourhood and what is coming. Everyone can read this. Earlier summaries stay readable.
SummaryPublish = Publish
DoneSummaryPublished = The summary was published.
ErrEditorsOfWardOnly = Only the municipality's editors for this neighbourhood can publish a summary.
ErrSummaryEmpty = Write a summary first.
ErrSummaryTooLong = Make the summary shorter: 4000 characters at most.
FeedProgressEntry = { $title }: progress
