# Wijkidee: Dutch, the reference language. Plain language (B1): short sentences, say what to do next.
#
# Format: Mozilla Fluent (https://projectfluent.org/fluent/guide/). One message per key; `{ $name }` is
# filled in by the program; `{ $count -> [one] … *[other] … }` chooses a form by the number (CLDR plural
# categories: zero, one, two, few, many, other). Every other language file has exactly these keys.

MapNoScript = De kaart heeft JavaScript nodig. Alle ideeën staan ook in de lijst.
IdeaCount =
    { $count ->
        [one] { $count } idee
       *[other] { $count } ideeën
    }
ViewIdea = Bekijk idee
NewIdeaTitle = Nieuw idee
NewIdeaHowTo = Klik op de kaart waar je idee over gaat. Je kunt de speld daarna nog verslepen. Met het toetsenbord: ga naar de kaart, schuif met de pijltjes en druk op Enter. Of kies hieronder je buurt.
PinPlaced = Speld geplaatst. Versleep de speld om hem te verplaatsen.
PinNotPlaced = Nog geen speld op de kaart.
PinPlacedIn = Speld geplaatst in { $place }. Versleep de speld om hem te verplaatsen.
PinOutside = Die plek ligt buiten de gemeente. Zet de speld binnen Den Haag, of kies hieronder een buurt.
FieldTitle = Titel
FieldTitleHint = 5 tot 120 tekens. Bijvoorbeeld: Meer bankjes in het Zuiderpark
FieldDescription = Beschrijving
FieldDescriptionHint = Wat is je idee, en waarom is het goed voor de buurt? Hoogstens 4000 tekens.
FieldCategory = Onderwerp
FieldChooseCategory = Kies een onderwerp
FieldBuurt = Buurt (als je geen speld plaatst)
FieldChooseBuurt = Kies een buurt
SubmitIdea = Idee plaatsen
Submitting = Bezig…
IdeaCreated = Je idee staat erop. Bedankt!
FieldEmail = E-mailadres
ErrorTitle = Er ging iets mis
Loading = Laden…
StatusIngediend = Ingediend
StatusOpgepakt = Opgepakt
StatusInVoorbereiding = In voorbereiding
StatusInUitvoering = In uitvoering
StatusGerealiseerd = Gerealiseerd
StatusNietHaalbaar = Niet haalbaar
StatusSamengevoegd = Samengevoegd
StatusDoorverwezen = Doorverwezen
StatusIngetrokken = Ingetrokken
Month1 = januari
Month2 = februari
Month3 = maart
Month4 = april
Month5 = mei
Month6 = juni
Month7 = juli
Month8 = augustus
Month9 = september
Month10 = oktober
Month11 = november
Month12 = december
# A date: day number, month name (Month1–Month12 above, in the form a date needs), year.
DateLong = { $day } { $month } { $year }
PopupOpenIdea = Bekijk dit idee
PinTitle = Plek van je nieuwe idee
MapClusterIn =
    { $count ->
        [one] { $count } idee in { $place }
       *[other] { $count } ideeën in { $place }
    }
MapClusterHere =
    { $count ->
        [one] { $count } idee hier
       *[other] { $count } ideeën hier
    }
MapIdeaName = Idee: { $title }, { $status }
MapSkip = Sla de kaart over
MapZoomIn = Inzoomen
MapZoomOut = Uitzoomen
FormHasErrors = Het idee is nog niet geplaatst. Kijk de velden met een melding na.
SupportCount =
    { $count ->
        [one] { $count } steunbetuiging
       *[other] { $count } steunbetuigingen
    }
CommentCount =
    { $count ->
        [one] { $count } reactie
       *[other] { $count } reacties
    }
EnoughSupport = Genoeg steun
CommentsTitle = Reacties
CommentsEmpty = Nog geen reacties. Wat vind jij ervan?
CommentFieldLabel = Jouw reactie
CommentFieldHint = Hoogstens 2000 tekens. Links worden klikbaar. Iedereen kan je reactie lezen, met je naam erbij.
CommentSubmit = Reactie plaatsen
ReplyButton = Antwoorden
ReplyFieldLabel = Jouw antwoord
ReplySubmit = Antwoord plaatsen
EditButton = Aanpassen
SaveButton = Opslaan
DeleteButton = Verwijderen
CommentDeleteConfirm = Weet je zeker dat je deze reactie wilt verwijderen? Dat kan niet ongedaan worden.
CommentDeleteYes = Ja, verwijder mijn reactie
WorksHere = Werkt in de wijk:
CommentEdited = bewerkt
CommentDeleted = Deze reactie is verwijderd.
CommentLoginFirst = Log in om te reageren.
CommentEditLabel = Nieuwe tekst van je reactie
CommentEditHint = Je kunt je reactie tot 15 minuten na het plaatsen aanpassen.
NotificationsTitle = Meldingen
NotificationsEmpty = Je hebt nog geen meldingen. Volg een idee of een wijk om op de hoogte te blijven.
NotificationsLoginFirst = Log in om je meldingen te zien.
MarkAllRead = Alles gelezen
MarkRead = Gelezen
UnreadMark = nieuw
EmailSettingsTitle = Meldingen per mail
EmailDirect = Direct: een mail bij elke melding
EmailDaily = Eén keer per dag een overzicht
EmailNever = Geen mail, alleen hier op de site
SaveSettings = Opslaan
SettingsSaved = Opgeslagen.
UnsubscribeTitle = Afmelden voor mail
UnsubscribeText = Wil je geen mail meer van Wijkidee? Klik op de knop. Je meldingen blijven op de site staan.
UnsubscribeButton = Afmelden
UnsubscribeDone = Je bent afgemeld: je krijgt geen mail meer van Wijkidee. Je kunt mail altijd weer aanzetten bij Meldingen.
SimilarTitle = Bestaat dit idee al?
SimilarIntro = Deze ideeën in de buurt lijken op het jouwe. Steun er een, of plaats je eigen idee als het iets anders is.
SimilarDistance = { $m } m verderop
RoleResident = bewoner
RoleProfessional = professional
RoleEditor = redacteur gemeente
RoleModerator = moderator
RoleAdministrator = beheerder
FunctionCommunityBuilder = community builder
FunctionIdeeenmakelaar = ideeënmakelaar
FunctionOpbouwwerker = opbouwwerker
FunctionWijkmanager = wijkmanager
FunctionAnders = professional
OrgGemeente = gemeente
OrgWelzijn = welzijnsorganisatie
OrgWoningcorporatie = woningcorporatie
OrgBewoners = bewonersorganisatie
OrgAnders = andere organisatie
NoteOrganisatie = alleen mijn organisatie
NoteProfessionals = alle professionals
NoteOpenbaar = openbaar
ClaimLead = contactpersoon
ClaimSupporting = ondersteuner
TimelineClaimLead = pakte het idee op als contactpersoon
TimelineClaimSupporting = doet mee als ondersteuner
TimelineRelease = liet het idee los
TimelineStatus = wijzigde de status
AdminInviteTitle = Professional uitnodigen
AdminInviteRole = Rol
AdminInviteFunction = Functie
AdminInviteOrganisation = Organisatie
AdminInviteWerkgebied = Werkgebied
AdminInviteWerkgebiedHint = Kies de wijken waarin deze professional werkt. Een professional of redacteur heeft er minstens één nodig.
AdminInviteWijkFilter = Zoek een wijk
AdminInviteMade = De uitnodiging is gemaakt. Stuur de link zelf door: er is geen mail ingesteld.
AdminInviteMailed = De uitnodiging is gemaakt en gemaild. Je kunt de link ook zelf doorsturen.
AdminInviteExistingResident = Let op: dit adres hoort bij een bestaand bewonersaccount. Neemt de persoon de uitnodiging aan, dan wordt dat account een professional-account. Naam, ideeën en reacties blijven.
AdminInviteExistingProfessional = Let op: dit adres hoort al bij iemand die hier werkt. Neemt de persoon de uitnodiging aan, dan krijgt het account de rol, organisatie en wijken van deze uitnodiging.
AdminInviteCopy = Kopieer de link
AdminInviteCopied = Gekopieerd.
AdminInviteValid =
    { $days ->
        [one] De link werkt één keer en { $days } dag lang.
       *[other] De link werkt één keer en { $days } dagen lang.
    }
AdminInviteSubmit = Uitnodiging maken
AdminInviteLink = Link voor de uitnodiging
AdminInviteLanguage = Taal van de uitnodiging
AdminInviteLanguageHint = De mail en de pagina van de uitnodiging zijn in deze taal. Heeft dit adres al een account? Dan krijgt de mail de taal van dat account.
HandoverStatusOpen = wacht op antwoord
HandoverStatusAccepted = overgenomen
HandoverStatusDeclined = niet overgenomen
HandoverStatusWithdrawn = ingetrokken
TimelineHandover = nam het idee over van { $previous }
NotifComment = { $actor } reageerde op ‘{ $title }’
NotifCommentAnonymous = Nieuwe reactie op ‘{ $title }’
NotifStatus = ‘{ $title }’ heeft een nieuwe status: { $status }
NotifWardIdeasOne = Nieuw idee in { $wijk }: ‘{ $title }’
NotifWardIdeasMany =
    { $count ->
        [one] { $count } nieuw idee in { $wijk }: ‘{ $title }’
       *[other] { $count } nieuwe ideeën in { $wijk }, het nieuwste: ‘{ $title }’
    }
NotifHandoverOffered = { $actor } wil ‘{ $title }’ aan je overdragen. Neem je het over?
NotifHandoverAccepted = { $actor } heeft ‘{ $title }’ van je overgenomen
NotifHandoverDeclined = { $actor } neemt ‘{ $title }’ niet over. Je bent nog de trekker.
NotifNewContact = Je nieuwe contactpersoon voor ‘{ $title }’ is { $actor }
NotifSupportsOne = Iemand steunt je idee ‘{ $title }’
NotifSupportsMany =
    { $count ->
        [one] { $count } persoon steunt je idee ‘{ $title }’
       *[other] { $count } mensen steunen je idee ‘{ $title }’
    }
NotifUncoveredIdea = Nieuw idee in { $wijk }, waar nog geen professional werkt: ‘{ $title }’
NotifMessage = { $actor } stuurde je een bericht over ‘{ $title }’
NotifClaimStalled = Op ‘{ $title }’ is al lang niets gebeurd. Werk het bij, draag het over of laat het los.
ErrResponderUnknown = Kies een professional of een organisatie uit de lijst.
ErrDisplayNameRole = Kies een naam zonder functie of organisatie erin. Wie hier werkt, krijgt die vanzelf naast de naam te zien.
ErrReleaseReasonRequired = Schrijf kort waarom je het idee loslaat. De indiener en iedereen die het idee volgt, lezen dat.
ErrReleaseReasonTooLong = De reden is te lang: gebruik hoogstens 2000 tekens.
ErrTitleEmpty = Geef je idee een titel.
ErrTitleTooShort = De titel is te kort: gebruik minstens 5 tekens.
ErrTitleTooLong = De titel is te lang: gebruik hoogstens 120 tekens.
ErrDescriptionEmpty = Beschrijf je idee in een paar zinnen.
ErrDescriptionTooLong = De beschrijving is te lang: gebruik hoogstens 4000 tekens.
ErrControlCharacters = De tekst bevat onzichtbare tekens die we niet kunnen opslaan.
ErrCoordinatesInvalid = Die plek op de kaart klopt niet. Plaats de speld opnieuw of kies een buurt.
ErrLocationMissing = Plaats een speld op de kaart of kies een buurt.
ErrOutsideWards = Die plek ligt buiten de wijken van Den Haag. Kies een plek in de gemeente.
ErrCategoryUnknown = Kies een onderwerp uit de lijst.
ErrWardCodeInvalid = Die wijkcode bestaat niet.
ErrEmailInvalid = Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.
ErrEmailTaken = Er is al een account met dit e-mailadres. Log in, of gebruik een ander adres.
ErrDisplayNameTooShort = Vul een naam in van minstens 2 tekens.
ErrDisplayNameTooLong = Die naam is te lang: gebruik hoogstens 60 tekens.
ErrPasswordTooShort = Het wachtwoord is te kort: gebruik minstens 10 tekens.
ErrPasswordTooLong = Het wachtwoord is te lang: gebruik hoogstens 256 tekens.
ErrPasswordCommon = Dit wachtwoord wordt heel vaak gebruikt en is makkelijk te raden. Kies een ander.
ErrLoginFailed = Dit e-mailadres en wachtwoord horen niet bij elkaar.
ErrTooManyAttempts = Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw.
ErrLoginRequired = Log eerst in.
ErrCrossSite = Dit verzoek komt van een andere website en is geweigerd.
ErrNotFound = Dat bestaat niet (meer).
ErrMalformedRequest = Het verzoek is niet compleet of klopt niet.
ErrTooLarge = Het verzoek is te groot.
ErrNetwork = Geen verbinding met de server. Probeer het opnieuw.
ErrCommentEmpty = Schrijf eerst een reactie.
ErrCommentTooLong = Die reactie is te lang: gebruik hoogstens 2000 tekens.
ErrOwnIdeaSupport = Je kunt je eigen idee niet steunen. Vraag buren om steun!
ErrIdeaClosedForSupport = Dit idee is afgerond of ingetrokken. Steunen kan niet meer.
ErrIdeaHidden = Dit idee is verborgen door een moderator. Reageren kan nu niet.
ErrReplyTargetInvalid = De reactie waarop je antwoordt, bestaat niet bij dit idee.
ErrCommentNotYours = Je kunt alleen je eigen reacties aanpassen of verwijderen.
ErrCommentEditExpired = Aanpassen kan tot 15 minuten na het plaatsen. Die tijd is voorbij.
ErrAlreadyFollowing = Je volgt dit al.
ErrNotFollowing = Je volgt dit niet.
ErrFrequencyUnknown = Kies hoe vaak je mail wilt krijgen.
ErrTransitionNotAllowed = Deze statuswijziging kan niet vanuit de huidige status.
ErrExplanationRequired = Leg in een paar woorden uit waarom. Die uitleg is openbaar.
ErrMergeTargetRequired = Kies het idee waarin dit idee opgaat.
ErrReferralRequired = Vul in waarheen het idee is doorverwezen.
ErrClaimInstead = Pak het idee op om het de status ‘opgepakt’ te geven.
ErrProfessionalsOnly = Dit kan alleen een professional in de wijk.
ErrOutsideWerkgebied = Deze wijk hoort niet bij je werkgebied.
ErrLeadOnly = Dit kan alleen de trekker van dit idee.
ErrAuthorOnly = Dit kan alleen de indiener van het idee.
ErrNoOrganisation = Je hoort nog niet bij een organisatie, dus een notitie voor je organisatie kan niet.
ErrAdministratorsOnly = Dit kan alleen een beheerder.
ErrAlreadyLead = Dit idee heeft al een trekker. Je kunt meedoen als ondersteuner.
ErrAlreadyClaimed = Je werkt al aan dit idee.
ErrNotClaimed = Je werkt niet aan dit idee.
ErrIdeaClosed = Dit idee is afgerond. Heropen het eerst.
ErrNoteEmpty = Schrijf eerst een notitie.
ErrNoteTooLong = Die notitie is te lang: gebruik hoogstens 4000 tekens.
ErrVisibilityUnknown = Kies voor wie de notitie is.
ErrInvitationInvalid = Deze uitnodiging bestaat niet. Controleer of je de hele link hebt gebruikt, of vraag de beheerder om een nieuwe.
ErrInvitationUsed = Deze uitnodiging is al gebruikt. Heb je haar zelf aangenomen? Log dan in met je account.
ErrInvitationExpired = Deze uitnodiging is verlopen. Vraag de beheerder om een nieuwe.
ErrInvitationRevoked = Deze uitnodiging is ingetrokken. Vraag de beheerder als je denkt dat dit niet klopt.
ErrWerkgebiedEmpty = Kies minstens één wijk waarin deze professional werkt.
ErrOrganisationNameTaken = Er is al een organisatie met deze naam.
ErrOrganisationNameInvalid = Geef de organisatie een naam van 2 tot 120 tekens.
ErrKindUnknown = Kies wat voor organisatie het is.
ErrRoleUnknown = Kies een rol.
ErrLanguageUnknown = Kies een taal uit de lijst.
ErrFunctionUnknown = Kies een functie.
ErrMergeTargetInvalid = Het idee waarin dit opgaat, bestaat niet of is zelf afgerond.
ErrHandoverToProfessionalsOnly = Je kunt een idee alleen overdragen aan een professional.
ErrHandoverToSelf = Je bent zelf al de trekker. Kies iemand anders.
ErrHandoverReceiverOutside = Deze professional werkt niet in de wijk van dit idee.
ErrHandoverNotYours = Deze overdracht is niet aan jou aangeboden.
ErrHandoverOpen = Er staat al een overdracht open voor dit idee. Wacht op het antwoord.
ErrHandoverAnswered = Deze overdracht is al beantwoord of ingetrokken.
ErrHandoverNoteEmpty = Schrijf een overdrachtsnotitie: afspraken met de bewoner, open taken, contacten.
ErrHandoverNoteTooLong = Die overdrachtsnotitie is te lang: gebruik hoogstens 4000 tekens.
ErrHandoverReceiverUnknown = Kies aan wie je het idee overdraagt.
ErrWorkbenchListUnknown = Die lijst bestaat niet op de werkbank.
ErrEditOnlyWhileSubmitted = Je kunt je idee alleen aanpassen zolang niemand het heeft opgepakt.
ErrMessagesResidentsOnly = Alleen bewoners sturen hier een bericht. Als professional schrijf je een notitie.
ErrNoContactPerson = Dit idee heeft nog geen contactpersoon. Zodra iemand het oppakt, kun je een bericht sturen.
ErrMessageEmpty = Schrijf eerst je bericht.
ErrMessageTooLong = Dat bericht is te lang: gebruik hoogstens 2000 tekens.
ErrConversationUnknown = Deze bewoner heeft over dit idee nog geen bericht gestuurd.
TimelineEdited = paste het idee aan
ErrNotAProfessional = Dit account is geen professional.
ErrStillLeadsIdeas = Deze persoon is nog contactpersoon van ideeën. Draag die eerst over (hieronder: alle ideeën overdragen).
DoneCommentDeleted = Je reactie is verwijderd.
ErrInternal = Er ging iets mis bij ons. Probeer het later opnieuw.
AppName = Wijkidee
AppTagline = Ideeën voor je wijk, van bewoners, samen waargemaakt
Municipality = Den Haag
SkipToContent = Naar de inhoud
# The label of the list of languages in the header (each language is named in itself).
LanguageNavLabel = Taal
# Between the parts of a list written in a sentence ("Ilse, ideeënmakelaar, Gemeente Den Haag"):
# quoted, so its space stays.
ListSeparator = {", "}
NavIdeas = Ideeën
NavWards = Wijken
NavLogin = Inloggen
NavRegister = Account maken
NavLogout = Uitloggen
NavMainLabel = Hoofdmenu
LoggedInAs = Ingelogd als
FooterCredits = Kaartgegevens © Kadaster · Wijk- en buurtgrenzen: Kadaster / Centraal Bureau voor de Statistiek
FooterLicence = Wijkidee is open source (EUPL-1.2).
HomeTitle = Ideeën voor Den Haag
HomeIntro = Heb je een idee voor je buurt? Zet het op de kaart. Buurtgenoten kunnen meedenken, en professionals in de wijk helpen het waar te maken.
MapLabel = Kaart van de wijken met ideeën
IdeaListTitle = Alle ideeën
IdeaListEmpty = Er zijn nog geen ideeën. Wees de eerste!
NewIdeaLoginFirst = Log in of maak een account om een idee te plaatsen.
IdeaBy = door
IdeaPostedOn = geplaatst op
IdeaLocation = Locatie
IdeaWard = Wijk
IdeaBuurt = Buurt
IdeaCategory = Onderwerp
IdeaStatus = Status
BackToMap = Terug naar de kaart
WardsTitle = Wijken van Den Haag
WardsIntro = Kies een wijk om de ideeën daar te zien.
WardIdeasTitle = Ideeën in deze wijk
WardNoIdeas = In deze wijk zijn nog geen ideeën.
WardBuurten = Buurten
WardOnMap = Zoek en filter deze ideeën op de kaart
WardAllIdeas =
    { $count ->
        [one] Het enige idee van deze wijk in de lijst
       *[other] Alle { $count } ideeën van deze wijk in de lijst
    }
LoginTitle = Inloggen
RegisterTitle = Account maken
RegisterIntro = Met een account kun je ideeën plaatsen. We vragen alleen wat nodig is: je e-mailadres om in te loggen en een naam die anderen zien.
FieldPassword = Wachtwoord
FieldPasswordHint = Minstens 10 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.
FieldDisplayName = Naam die anderen zien
FieldDisplayNameHint = Je voornaam of een bijnaam is genoeg.
SubmitLogin = Inloggen
SubmitRegister = Account maken
NoAccountYet = Nog geen account?
HaveAccount = Heb je al een account?
NotFoundTitle = Pagina niet gevonden
NotFoundText = Deze pagina bestaat niet (meer). Misschien is het adres verkeerd overgenomen.
IdeaCountAtLeast =
    { $count ->
        [one] meer dan { $count } idee
       *[other] meer dan { $count } ideeën
    }
EnoughSupportExplain = Dit idee heeft genoeg steun gekregen. Professionals in de wijk zien dat meteen.
SupportStillNeeded = Nog { $count } nodig voor genoeg steun.
SupportButton = Steun dit idee
WithdrawSupportButton = Steun intrekken
YouSupport = Je steunt dit idee.
SupportLoginFirst = Log in om dit idee te steunen of te volgen.
SupportOwnIdea = Dit is jouw idee. Vraag je buren om steun!
SupportClosed = Steunen kan niet meer: dit idee is afgerond of ingetrokken.
FollowButton = Volgen
UnfollowButton = Niet meer volgen
FollowingNote = Je volgt dit idee: je krijgt een melding bij nieuwe reacties en een nieuwe status.
FollowWijkButton = Volg deze wijk
UnfollowWijkButton = Volg deze wijk niet meer
FollowWijkNote = Volg je deze wijk, dan krijg je een melding als er nieuwe ideeën komen.
ParticipationLabel = Steun en volgen
NavNotifications = Meldingen
UnreadLabel = ongelezen meldingen
FilterTitle = Zoeken en filteren
FilterSearch = Zoekwoorden
FilterWijk = Wijk
FilterAllWijken = Alle wijken
FilterCategory = Onderwerp
FilterAllCategories = Alle onderwerpen
FilterStatus = Status
FilterAllStatuses = Alle statussen
FilterSort = Volgorde
SortNewest = Nieuwste eerst
SortMostSupported = Meeste steun
SortMostDiscussed = Meeste reacties
FilterApply = Toon ideeën
FilterClear = Wis filters
FilteredIdeas = Gevonden ideeën
PagePrevious = Vorige
PageNext = Volgende
PageOf = Pagina { $page } van { $count }
PagerLabel = Pagina's
SearchTooShort = Typ minstens 2 letters om te zoeken. De lijst hieronder is niet op woorden gefilterd.
NoMatches = Geen ideeën gevonden. Probeer andere zoekwoorden of wis de filters.
WorkTitle = Wie werkt hieraan?
WorkUncoveredProfessional = Nog niet opgepakt. In deze wijk werkt nog geen professional van Wijkidee. { $who } leest de ideeën uit zulke wijken en kan dit idee oppakken.
WorkUncoveredTeam = Nog niet opgepakt. In deze wijk werkt nog geen professional van Wijkidee. Het team van { $organisation } leest de ideeën uit zulke wijken en kan dit idee oppakken.
WorkUncoveredNobody = Nog niet opgepakt. In deze wijk werkt nog geen professional van Wijkidee, en er is nog niemand aangewezen om deze ideeën te lezen. De beheerder van Wijkidee ziet dat dit idee wacht.
WorkNobody = Nog niet opgepakt. Professionals in de wijk kunnen dit idee oppakken.
ReleaseReason = Waarom laat je het los?
ReleaseReasonHint = Dit staat openbaar bij het idee. De indiener en wie het volgt lezen het.
ReleaseConfirm = Loslaten
WorkLeadBy = Opgepakt door
WorkSupportedBy = Ondersteund door
ClaimLeadButton = Oppakken als trekker
ClaimSupportingButton = Meedoen als ondersteuner
ReleaseButton = Loslaten
StatusChangeTitle = Status wijzigen
StatusNew = Nieuwe status
StatusChoose = Kies een status
StatusExplanation = Uitleg (openbaar)
StatusExplanationNeededFor = Iedereen leest deze uitleg. Verplicht bij: { $statuses }.
StatusMergedInto = Samengevoegd met idee (nummer)
StatusReferredTo = Doorverwezen naar
StatusChangeSubmit = Status wijzigen
NotesTitle = Notities
NotesEmpty = Nog geen notities.
NoteField = Nieuwe notitie
NoteVisibilityLabel = Wie mag dit lezen?
NoteSubmit = Notitie plaatsen
TimelineTitle = Tijdlijn
TimelineFromTo = van { $from } naar { $to }
TimelineMergedInto = Samengevoegd met idee
TimelineReferredTo = Doorverwezen naar
InvitationTitle = Uitnodiging voor Wijkidee
InvitationIntro = Je bent uitgenodigd om als professional mee te werken in Wijkidee.
InvitationFor = Voor
InvitationAccept = Uitnodiging aannemen
InvitationAccepted = Welkom! Je account is klaar.
InvitationHasAccount = Heb je al een account met dit adres? Vul dan je wachtwoord in; je naam blijft zoals hij is.
AdminTitle = Beheer
AdminOrganisations = Organisaties
AdminNewOrganisation = Nieuwe organisatie
AdminOrganisationName = Naam
AdminOrganisationKind = Soort
AdminCreate = Toevoegen
AdminOpenInvitations = Openstaande uitnodigingen
AdminNoOpenInvitations = Er staan geen uitnodigingen open.
AdminInvitedBy = Uitgenodigd door { $name } op
AdminInvitationUntil = geldig tot
AdminInvitationLanguage = Taal:
AdminRevokeInvitation = Intrekken
AdminInvitationRevoked = De uitnodiging is ingetrokken. De link werkt niet meer.
AdminOnly = Deze pagina is voor beheerders.
NavWorkbench = Werkbank
NavAdmin = Beheer
BenchTitle = Werkbank
BenchIntro = De open ideeën in jouw wijken: wat nog niemand oppakte, wat stilligt, waar organisaties samenwerken en wat genoeg steun heeft.
BenchNoWerkgebied = Je hebt nog geen werkgebied. Vraag een beheerder om je wijken toe te voegen.
BenchLoginFirst = De werkbank is voor professionals. Log in met je werkaccount.
BenchUnclaimed = Niet opgepakt
BenchStalled = Stilgevallen
BenchSeveralOrganisations = Meerdere organisaties
BenchEnoughSupport = Genoeg steun
BenchOpen =
    { $count ->
        [one] { $count } open idee
       *[other] { $count } open ideeën
    }
BenchByOrganisation = Per organisatie
BenchUncoveredWijk = Hier werkt nog geen professional. Jij leest de ideeën uit deze wijk, zoals uit alle wijken zonder professional.
BenchByProfessional = Per professional
BenchAllWijken = al je wijken
BenchListTitle = { $list } in { $wijk }
BenchListEmpty = Geen ideeën in deze lijst.
BenchStalledHint =
    { $days ->
        [one] Stilgevallen: de trekker deed { $days } dag niets.
       *[other] Stilgevallen: de trekker deed { $days } dagen niets.
    }
BenchSilentDays =
    { $days ->
        [one] { $days } dag stil
       *[other] { $days } dagen stil
    }
BenchLead = Trekker
BenchSupports = Steun
BenchSubmitted = Ingediend
BenchCloseList = Lijst sluiten
HandoverInbox = Overdrachten voor jou
HandoverFrom = Van { $name }, voor ‘{ $title }’ in { $wijk }
HandoverAccept = Overnemen
HandoverDecline = Niet overnemen
HandoverWithdraw = Aanbod intrekken
HandoverTitle = Overdragen
HandoverIntro = Draag dit idee over aan een collega in de wijk. Die wordt trekker zodra hij of zij het aanneemt; de indiener hoort wie de nieuwe contactpersoon is.
HandoverTo = Aan
HandoverChoose = Kies een collega
HandoverNote = Overdrachtsnotitie (alleen voor jullie twee)
HandoverNoteHint = Afspraken met de bewoner, open taken, contacten.
HandoverSubmit = Overdracht aanbieden
HandoverNoColleagues = Er is geen andere professional in deze wijk om aan over te dragen.
HandoversTitle = Overdrachten
HandoverFromTo = { $from } → { $to }
AdminProfessionals = Professionals
AdminLeads = { $count } als trekker
AdminUncoveredTitle = Wijken zonder professional
AdminUncoveredSummary = Wijken zonder professional: { $wijken }. Open ideeën die daar wachten: { $ideas }.
AdminUncoveredIntro = Kies wie de ideeën uit deze wijken leest en oppakt: één professional, of het team van een organisatie. Zij zien deze ideeën op hun werkbank en krijgen een melding bij elk nieuw idee. De indiener leest op de pagina van het idee wie het leest.
AdminResponder = Wie leest ideeën uit wijken zonder professional?
AdminResponderNobody = Nog niemand
AdminOrganisationTeams = Het team van een organisatie
AdminResponderSubmit = Opslaan
AdminResponderSaved = Opgeslagen.
AdminOpenIdeas = Open ideeën
AdminBulkTitle = Alle ideeën overdragen
AdminBulkIntro = Gaat iemand weg? Draag al zijn of haar ideeën in één keer over, met dezelfde notitie. De indieners horen wie hun nieuwe contactpersoon is.
AdminBulkFrom = Van
AdminBulkTo = Aan
AdminBulkNote = Overdrachtsnotitie (voor de nieuwe trekker)
AdminBulkSubmit = Alles overdragen
AdminBulkDone =
    { $count ->
        [one] Overgedragen: { $count } idee.
       *[other] Overgedragen: { $count } ideeën.
    }
MailInvitationSubject = Je bent uitgenodigd voor Wijkidee
MailInvitationBody =
    Hallo,

    Je bent uitgenodigd om mee te werken in Wijkidee, als { $what }. Wijkidee is de plek waar bewoners ideeën voor hun wijk delen, en waar professionals ze samen met hen waarmaken.

    Open deze link om je account te maken of je bestaande account te koppelen:
    { $link }

    De link werkt één keer en { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } lang.

    Ken je Wijkidee niet, of verwachtte je deze mail niet? Dan kun je hem negeren.
MailSubject = Wijkidee: { $text }
MailDirectIntro =
    Hallo,

    Er is nieuws over iets dat je volgt op Wijkidee:
MailDigestSubject = Wijkidee: je overzicht van vandaag ({ $count })
MailDigestIntro =
    Hallo,

    Dit gebeurde er sinds je vorige overzicht bij wat je volgt op Wijkidee:
MailFooter =
    Je krijgt deze mail omdat je dit volgt op Wijkidee. Hoe vaak je mail krijgt, stel je in op { $settings }
    Geen mail meer? Afmelden met één klik: { $unsubscribe }
NavMyIdeas = Mijn ideeën
MyIdeasTitle = Mijn ideeën
MyAccountHeading = Je account
MyAccountName = Naam
MyAccountEmail = E-mailadres
MyAccountEmailPrivate = Alleen jij ziet je e-mailadres. Anderen zien alleen je naam.
MyNotificationSettings = Meldingen en e-mail instellen
MyIdeasWritten = Ideeën die je schreef
MyIdeasSupported = Ideeën die je steunt
MyIdeasFollowed = Ideeën van anderen die je volgt
MyIdeasNoneWritten = Je hebt nog geen idee geplaatst.
MyIdeasPostOne = Plaats een idee
MyIdeasNoneSupported = Je steunt nog geen ideeën.
MyIdeasNoneFollowed = Je volgt nog geen ideeën van anderen.
OwnIdeaTitle = Je eigen idee
OwnIdeaIntro = Zolang niemand je idee heeft opgepakt, kun je het aanpassen of intrekken.
EditIdeaSummary = Idee aanpassen
FieldOtherBuurt = Andere buurt
FieldOtherBuurtHint = Laat dit leeg om de plek te houden.
KeepPlace = Zelfde plek houden
SaveIdeaButton = Wijzigingen opslaan
WithdrawIdeaSummary = Idee intrekken
WithdrawReasonLabel = Waarom trek je je idee in?
WithdrawReasonHint = Dit staat openbaar bij je idee, zodat wie het steunt weet waarom.
WithdrawIdeaButton = Ja, trek mijn idee in
MessagesTitle = Berichten
MessagesIntro = Stel je vraag aan de contactpersoon: { $contact }. Alleen de professionals die aan dit idee werken, lezen mee. Je e-mailadres blijft verborgen.
MessagesNoContactYet = Zodra een professional dit idee oppakt, kun je die hier een bericht sturen.
MessagesLoginFirst = Log in om de contactpersoon van dit idee een bericht te sturen.
MessageFieldLabel = Je bericht
SendMessageButton = Bericht sturen
MessagesFromResidents = Berichten van bewoners
MessagesFromResidentsIntro = Alleen de bewoner en de professionals die aan dit idee werken, lezen dit.
MessagesConversationWith = Gesprek met { $name }
AnswerFieldLabel = Je antwoord aan { $name }
AnswerButton = Antwoord sturen
MessagesNone = Nog geen berichten.
MessagesYou = jij
AdminEditProfessional = Wijzigen
AdminEditProfessionalTitle = { $name } wijzigen
AdminSaveProfessional = Opslaan
AdminNoOrganisation = Geen organisatie
AdminWerkgebied = Werkgebied
AdminDeactivateProfessional = Deactiveren
AdminDeactivateProfessionalExplain = { $name } kan daarna niet meer als professional werken. Het account blijft bestaan als bewonersaccount; wat ze schreven, blijft staan.
AdminDeactivateConfirm = Ja, deactiveren
AdminDeactivateLeadsFirst =
    { $count ->
        [one] { $name } is nog contactpersoon van { $count } idee. Draag dat eerst over met ‘Alle ideeën overdragen’.
       *[other] { $name } is nog contactpersoon van { $count } ideeën. Draag die eerst over met ‘Alle ideeën overdragen’.
    }
AdminDeactivateOrganisation = Deactiveren
AdminDeactivateOrganisationExplain = Alle professionals van { $name } kunnen daarna niet meer als professional werken. Draag eerst hun ideeën over.
AdminOrganisationDeactivated = De organisatie is gedeactiveerd.
DoneSupported = Je steunt dit idee nu.
DoneSupportWithdrawn = Je steun is ingetrokken.
DoneFollowed = Je volgt dit nu. Je krijgt een melding als er iets verandert.
DoneUnfollowed = Je volgt dit niet meer.
DoneClaimed = Je hebt het idee opgepakt.
DoneReleased = Je hebt het idee losgelaten.
DoneStatusChanged = De status is gewijzigd.
DoneNoteAdded = Je notitie staat erbij.
DoneHandoverOffered = De overdracht is aangeboden.
DoneHandoverAccepted = Je hebt het idee overgenomen.
DoneHandoverDeclined = Je hebt de overdracht afgewezen.
DoneHandoverWithdrawn = De overdracht is ingetrokken.
DoneMessageSent = Je bericht is verstuurd.
DoneIdeaEdited = Je idee is aangepast.
DoneIdeaWithdrawn = Je idee is ingetrokken.
DoneDeactivated = Gedeactiveerd.
DoneSaved = Opgeslagen.

## Open data (issue 11): the page /open-data, the Atom feeds and the DCAT description
FooterOpenData = Open data
FeedLinkTitle = Nieuws van deze pagina (Atom)
FeedCityTitle = Nieuwe ideeën en voortgang · { $publisher }
FeedWijkTitle = Nieuwe ideeën en voortgang in { $wijk }
FeedIdeaTitle = Voortgang van ‘{ $title }’
FeedSubmitted = Nieuw idee: { $title }
FeedStatusChanged = ‘{ $title }’: { $status }
FeedStatusContent = De status veranderde van ‘{ $from }’ in ‘{ $to }’.
FeedStatusBy = Door: { $role }.
OpenDataTitle = Open data
OpenDataIntro = Alle openbare ideeën zijn open data. Iedereen mag ze gebruiken, ook in een eigen website of app.
OpenDataPrivacy = Er staat niets persoonlijks in: geen namen of e-mailadressen van bewoners, geen notities van professionals en geen verborgen ideeën.
OpenDataLicence = Licentie
OpenDataPublisher = Uitgever
OpenDataIdeasHeading = Alle ideeën als bestand
OpenDataGeojson = Voor kaarten en GIS-programma's: GeoJSON, met coördinaten in WGS84.
OpenDataCsv = Voor spreadsheets: CSV in UTF-8, één idee per regel.
OpenDataFiltersHeading = Alleen een deel van de ideeën
OpenDataFiltersIntro = Zet een of meer van deze parameters achter het adres. Een onbekende of verkeerde parameter geeft een foutmelding (400) die zegt wat er mis is.
OpenDataParameter = Parameter
OpenDataMeaning = Betekenis
OpenDataExample = Voorbeeld
OpenDataParamWijk = De code van een wijk of buurt (CBS).
OpenDataParamStatus = De status van het idee.
OpenDataParamCategory = Het onderwerp van het idee.
OpenDataParamSince = Ingediend op of na deze datum.
OpenDataParamBbox = Binnen een rechthoek: west, zuid, oost, noord, in graden (WGS84).
OpenDataStatusCodes = Codes van de statussen
OpenDataCategoryCodes = Codes van de onderwerpen
OpenDataFeedsHeading = Op de hoogte blijven (Atom)
OpenDataFeedsIntro = Nieuwe ideeën en veranderingen van status, voor een feedlezer. Elke pagina van een wijk of een idee heeft ook een eigen feed.
OpenDataFeedCity = De hele gemeente
OpenDataFeedWijk = Eén wijk: { $wijk }
OpenDataFeedIdea = Eén idee
OpenDataWardsHeading = Grenzen van de wijken
OpenDataWards = De grenzen van alle wijken, als GeoJSON. Bron: Kadaster / Centraal Bureau voor de Statistiek.
OpenDataCatalogHeading = Beschrijving voor dataregisters
OpenDataCatalog = Een beschrijving volgens DCAT-AP (JSON-LD), om de data op te nemen in het register van data.overheid.nl.
OpenDataCaching = Elk antwoord heeft een ETag en een Last-Modified. Vraag je het opnieuw met If-None-Match, dan krijg je 304 als er niets veranderd is. Andere websites mogen de data rechtstreeks ophalen (CORS).
DcatCatalogTitle = Wijkidee: open data
DcatDatasetTitle = Ideeën van bewoners voor hun wijk
DcatDatasetDescription = Ideeën die bewoners indienen voor hun wijk of buurt, met plek, onderwerp, status, steun en het aantal reacties. Zonder persoonsgegevens.

## The categories a new installation starts with (a category a municipality adds keeps its own name)
CategoryGroen = Groen
CategorySpelen = Spelen
CategoryVerkeer = Verkeer en veiligheid
CategoryOntmoeten = Ontmoeten
CategorySchoon = Schoon en heel
CategoryCultuur = Cultuur
CategoryAnders = Anders

## Open311 keys on /beheer (issue 11)
AdminApiKeys = Koppelingen (Open311)
AdminApiKeysIntro = Andere systemen, zoals een meldingen-app, kunnen ideeën insturen via Open311. Geef elk systeem een eigen sleutel. Stopt een systeem, trek dan zijn sleutel in.
AdminApiKeyName = Naam van het systeem
AdminApiKeyIssue = Sleutel maken
AdminApiKeyIssued = De sleutel voor { $name } staat hieronder. Kopieer hem nu: hij wordt maar één keer getoond.
AdminApiKeyLabel = Sleutel
AdminApiKeyIdeas = ideeën ingestuurd: { $count }
AdminApiKeyRevoke = Sleutel intrekken
AdminApiKeyRevoked = De sleutel is ingetrokken.
AdminApiKeyRevokedOn = ingetrokken op
AdminNoApiKeys = Er zijn nog geen sleutels.

## Progress on an idea: milestones, percentage, updates (issue 11)
ProgressTitle = Voortgang
ProgressPercent = { $percent }% klaar
ProgressByHand = (ingeschat door de professional)
ProgressNone = Er zijn nog geen mijlpalen.
MilestoneStateDone = klaar
MilestoneStateOpen = nog niet klaar
MilestonePlannedOn = gepland op { $date }
MilestoneDoneOn = klaar op { $date }
MilestoneAddTitle = Mijlpaal toevoegen
MilestoneTitleField = Wat wordt er gedaan?
MilestonePlannedField = Geplande datum
MilestoneAddSubmit = Mijlpaal toevoegen
MilestoneMarkDone = Klaar
MilestoneReopen = Toch niet klaar
MilestoneMove = Andere datum
MilestoneNewDay = Nieuwe geplande datum
MilestoneMoveSubmit = Datum wijzigen
MilestoneRemove = Verwijderen
UpdateTitle = Voortgangsbericht plaatsen
UpdateField = Bericht
UpdateHint = Iedereen kan dit lezen. Wie het idee volgt, krijgt een melding.
UpdateSubmit = Bericht plaatsen
ProgressSetTitle = Voortgang zelf inschatten
ProgressPercentField = Percentage klaar (0 tot 100)
ProgressPercentHint = Laat leeg om de voortgang weer uit de mijlpalen te laten volgen.
ProgressReasonField = Waarom dit percentage?
ProgressSetSubmit = Voortgang opslaan
DoneMilestoneAdded = De mijlpaal is toegevoegd.
DoneMilestoneDone = De mijlpaal staat op klaar.
DoneMilestoneReopened = De mijlpaal staat weer open.
DoneMilestoneMoved = De datum is gewijzigd.
DoneMilestoneRemoved = De mijlpaal is verwijderd.
DoneUpdatePosted = Het bericht is geplaatst.
DoneProgressSet = De voortgang is opgeslagen.
TimelineMilestoneAdded = voegde de mijlpaal “{ $title }” toe, gepland op { $date }
TimelineMilestoneMoved = verplaatste de mijlpaal “{ $title }” van { $old } naar { $date }
TimelineMilestoneDone = zette de mijlpaal “{ $title }” op klaar ({ $date })
TimelineMilestoneReopened = zette de mijlpaal “{ $title }” weer open
TimelineMilestoneRemoved = verwijderde de mijlpaal “{ $title }”
TimelineProgressSet = schatte de voortgang op { $percent }%
TimelineProgressFollowsMilestones = liet de voortgang weer uit de mijlpalen volgen
TimelineUpdate = plaatste een voortgangsbericht
NotifProgress = { $actor } plaatste een voortgangsbericht bij “{ $title }”
ErrProgressKeepersOnly = Alleen de professionals die aan dit idee werken en de redacteuren van de gemeente voor deze wijk kunnen de voortgang bijhouden.
ErrProgressNotNow = Voortgang bijhouden kan alleen als het idee in voorbereiding of in uitvoering is.
ErrMilestoneTitleEmpty = Schrijf wat er gedaan wordt.
ErrMilestoneTitleTooLong = Maak de mijlpaal korter: hooguit 200 tekens.
ErrDateInvalid = Vul een bestaande datum in, zoals 2027-03-01.
ErrDoneInFuture = Een mijlpaal kan niet in de toekomst klaar zijn.
ErrMilestoneUnchanged = Die mijlpaal is er niet meer of is al zo. Laad de pagina opnieuw.
ErrPercentInvalid = Vul een heel getal van 0 tot 100 in, of laat het veld leeg.
ErrProgressReasonRequired = Schrijf waarom de voortgang verandert.
ErrProgressReasonTooLong = Maak de uitleg korter: hooguit 2000 tekens.
ErrUpdateEmpty = Schrijf eerst een bericht.
ErrUpdateTooLong = Maak het bericht korter: hooguit 4000 tekens.

## Progress pages of the city and each wijk (issue 11)
ProgressPageCityTitle = Voortgang in de stad
ProgressPageWardTitle = Voortgang in { $wijk }
ProgressPageIntro = Wat er van de ideeën van bewoners is geworden.
ProgressPageAsOf = Cijfers van { $date }.
ProgressCountsTitle = Ideeën per status
ProgressIdeasInAll =
    { $count ->
        [one] { $count } idee in totaal.
       *[other] { $count } ideeën in totaal.
    }
ProgressMonthsTitle = Ingediend en gerealiseerd per maand
ChartTitle = Ideeën per maand, de laatste 24 maanden
ChartDescription = Staafdiagram. In deze periode zijn { $submitted } ideeën ingediend en { $realised } gerealiseerd. De tabel ernaast heeft alle getallen.
ChartSubmitted = Ingediend
ChartRealised = Gerealiseerd
ChartMonth = Maand
ChartTableCaption = Ideeën per maand, nieuwste maand eerst
MonthYear = { $month } { $year }
ProgressDurationsTitle = Hoe snel gaat het?
ProgressPickUp = Van indienen tot opgepakt
ProgressRealisation = Van indienen tot gerealiseerd
ProgressDurationFigure = Meestal { $median } (mediaan). 9 op de 10 binnen { $p90 }. Gemeten over { $count } ideeën.
ProgressDurationNone = Nog geen ideeën om te meten.
ProgressDurationsHint = De mediaan is het middelste getal: de helft van de ideeën gaat sneller, de helft langzamer.
DayCount =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dagen
    }
ProgressRealisedTitle = Gerealiseerd
ProgressRealisedEmpty = Nog geen ideeën gerealiseerd.
ProgressRealisedOn = gerealiseerd op { $date }
ProgressSubmittedOn = ingediend op { $date }
ProgressUnclaimedTitle = Langer dan { $days } dagen niet opgepakt
ProgressUnclaimedEmpty = Geen ideeën die lang wachten. Alles is opgepakt.
ProgressWaitingTitle = Genoeg steun ({ $threshold } of meer), wacht op een besluit
ProgressWaitingEmpty = Geen ideeën met genoeg steun die op een besluit wachten.
ProgressListMore = De eerste { $shown } van { $total }.
ProgressExportLink = Alle ideeën als CSV-bestand
ProgressLinkCity = Voortgang in de stad
ProgressLinkWard = Voortgang in deze wijk
SummaryTitle = Samenvatting van de gemeente
SummaryPublishedOn = Gepubliceerd op
SummaryEarlier =
    { $count ->
        [one] { $count } eerdere samenvatting
       *[other] { $count } eerdere samenvattingen
    }
SummaryWrite = Samenvatting schrijven
SummaryField = Samenvatting
SummaryHint = Vertel kort wat er in de wijk is gebeurd en wat er komt. Iedereen kan dit lezen. Eerdere samenvattingen blijven leesbaar.
SummaryPublish = Publiceren
DoneSummaryPublished = De samenvatting is gepubliceerd.
ErrEditorsOfWardOnly = Alleen redacteuren van de gemeente voor deze wijk kunnen een samenvatting publiceren.
ErrSummaryEmpty = Schrijf eerst een samenvatting.
ErrSummaryTooLong = Maak de samenvatting korter: hooguit 4000 tekens.
FeedProgressEntry = { $title }: voortgang
