# Wijkidee: Polish. Translated from nl.ftl (Dutch, the reference). Plain language, informal "ty".
# wijk = dzielnica, buurt = osiedle. Plural forms (CLDR): one, few, many, other (fractions).

MapNoScript = Mapa potrzebuje JavaScriptu. Wszystkie pomysły są też na liście.
IdeaCount =
    { $count ->
        [one] { $count } pomysł
        [few] { $count } pomysły
        [many] { $count } pomysłów
       *[other] { $count } pomysłu
    }
ViewIdea = Zobacz pomysł
NewIdeaTitle = Nowy pomysł
NewIdeaHowTo = Kliknij na mapie miejsce, którego dotyczy twój pomysł. Potem możesz przesunąć pinezkę. Z klawiatury: przejdź do mapy, przesuwaj ją strzałkami i naciśnij Enter. Albo wybierz osiedle poniżej.
PinPlaced = Pinezka postawiona. Przeciągnij ją, aby ją przesunąć.
PinNotPlaced = Na mapie nie ma jeszcze pinezki.
PinPlacedIn = Pinezka postawiona. Miejsce: { $place }. Przeciągnij ją, aby ją przesunąć.
PinOutside = To miejsce leży poza gminą. Postaw pinezkę w granicach Hagi albo wybierz osiedle poniżej.
FieldTitle = Tytuł
FieldTitleHint = Od 5 do 120 znaków. Na przykład: Więcej ławek w Zuiderpark
FieldDescription = Opis
FieldDescriptionHint = Na czym polega twój pomysł i dlaczego jest dobry dla okolicy? Najwyżej 4000 znaków.
FieldCategory = Temat
FieldChooseCategory = Wybierz temat
FieldBuurt = Osiedle (jeśli nie stawiasz pinezki)
FieldChooseBuurt = Wybierz osiedle
SubmitIdea = Dodaj pomysł
Submitting = Trwa…
IdeaCreated = Twój pomysł jest już na stronie. Dziękujemy!
FieldEmail = Adres e-mail
ErrorTitle = Coś poszło nie tak
Loading = Ładowanie…
StatusIngediend = Zgłoszony
StatusOpgepakt = Podjęty
StatusInVoorbereiding = W przygotowaniu
StatusInUitvoering = W realizacji
StatusGerealiseerd = Zrealizowany
StatusNietHaalbaar = Niewykonalny
StatusSamengevoegd = Połączony
StatusDoorverwezen = Przekazany dalej
StatusIngetrokken = Wycofany
Month1 = stycznia
Month2 = lutego
Month3 = marca
Month4 = kwietnia
Month5 = maja
Month6 = czerwca
Month7 = lipca
Month8 = sierpnia
Month9 = września
Month10 = października
Month11 = listopada
Month12 = grudnia
DateLong = { $day } { $month } { $year }
PopupOpenIdea = Zobacz ten pomysł
PinTitle = Miejsce twojego nowego pomysłu
MapClusterIn =
    { $count ->
        [one] { $count } pomysł, miejsce: { $place }
        [few] { $count } pomysły, miejsce: { $place }
        [many] { $count } pomysłów, miejsce: { $place }
       *[other] { $count } pomysłu, miejsce: { $place }
    }
MapClusterHere =
    { $count ->
        [one] { $count } pomysł tutaj
        [few] { $count } pomysły tutaj
        [many] { $count } pomysłów tutaj
       *[other] { $count } pomysłu tutaj
    }
MapIdeaName = Pomysł: { $title }, { $status }
MapSkip = Pomiń mapę
MapZoomIn = Przybliż
MapZoomOut = Oddal
FormHasErrors = Pomysł nie został jeszcze dodany. Sprawdź pola z komunikatem.
SupportCount =
    { $count ->
        [one] { $count } głos poparcia
        [few] { $count } głosy poparcia
        [many] { $count } głosów poparcia
       *[other] { $count } głosu poparcia
    }
CommentCount =
    { $count ->
        [one] { $count } komentarz
        [few] { $count } komentarze
        [many] { $count } komentarzy
       *[other] { $count } komentarza
    }
EnoughSupport = Wystarczające poparcie
CommentsTitle = Komentarze
CommentsEmpty = Nie ma jeszcze komentarzy. Co o tym myślisz?
CommentFieldLabel = Twój komentarz
CommentFieldHint = Najwyżej 2000 znaków. Linki będą klikalne. Każdy może przeczytać twój komentarz razem z twoim imieniem.
CommentSubmit = Dodaj komentarz
ReplyButton = Odpowiedz
ReplyFieldLabel = Twoja odpowiedź
ReplySubmit = Dodaj odpowiedź
EditButton = Edytuj
SaveButton = Zapisz
DeleteButton = Usuń
CommentDeleteConfirm = Czy na pewno chcesz usunąć ten komentarz? Tego nie da się cofnąć.
CommentDeleteYes = Tak, usuń mój komentarz
WorksHere = Pracuje w dzielnicy:
CommentEdited = edytowano
CommentDeleted = Ten komentarz został usunięty.
CommentLoginFirst = Zaloguj się, aby komentować.
CommentEditLabel = Nowa treść komentarza
CommentEditHint = Komentarz możesz edytować do 15 minut po dodaniu.
NotificationsTitle = Powiadomienia
NotificationsEmpty = Nie masz jeszcze powiadomień. Obserwuj pomysł lub dzielnicę, aby być na bieżąco.
NotificationsLoginFirst = Zaloguj się, aby zobaczyć powiadomienia.
MarkAllRead = Oznacz wszystkie jako przeczytane
MarkRead = Przeczytane
UnreadMark = nowe
EmailSettingsTitle = Powiadomienia e-mailem
EmailDirect = Od razu: e-mail przy każdym powiadomieniu
EmailDaily = Raz dziennie podsumowanie
EmailNever = Bez e-maili, tylko tutaj na stronie
SaveSettings = Zapisz
SettingsSaved = Zapisano.
UnsubscribeTitle = Rezygnacja z e-maili
UnsubscribeText = Nie chcesz już dostawać e-maili od Wijkidee? Kliknij przycisk. Twoje powiadomienia zostaną na stronie.
UnsubscribeButton = Zrezygnuj
UnsubscribeDone = Zrezygnowano: Wijkidee nie będzie już wysyłać ci e-maili. W każdej chwili możesz je włączyć w Powiadomieniach.
SimilarTitle = Czy taki pomysł już istnieje?
SimilarIntro = Te pomysły w pobliżu są podobne do twojego. Poprzyj któryś z nich albo dodaj własny, jeśli chodzi o coś innego.
SimilarDistance = { $m } m dalej
RoleResident = mieszkaniec
RoleProfessional = profesjonalista
RoleEditor = redaktor gminy
RoleModerator = moderator
RoleAdministrator = administrator
FunctionCommunityBuilder = koordynator społeczności
FunctionIdeeenmakelaar = doradca ds. pomysłów
FunctionOpbouwwerker = animator społeczny
FunctionWijkmanager = kierownik dzielnicy
FunctionAnders = profesjonalista
OrgGemeente = gmina
OrgWelzijn = organizacja pomocy społecznej
OrgWoningcorporatie = spółdzielnia mieszkaniowa
OrgBewoners = stowarzyszenie mieszkańców
OrgAnders = inna organizacja
NoteOrganisatie = tylko moja organizacja
NoteProfessionals = wszyscy profesjonaliści
NoteOpenbaar = publiczna
ClaimLead = osoba kontaktowa
ClaimSupporting = wspierający
TimelineClaimLead = przejmuje pomysł jako osoba kontaktowa
TimelineClaimSupporting = dołącza jako wspierający
TimelineRelease = rezygnuje z pomysłu
TimelineStatus = zmienia status
AdminInviteTitle = Zaproś profesjonalistę
AdminInviteRole = Rola
AdminInviteFunction = Funkcja
AdminInviteOrganisation = Organizacja
AdminInviteWerkgebied = Obszar pracy
AdminInviteWerkgebiedHint = Wybierz dzielnice, w których pracuje ta osoba. Profesjonalista lub redaktor potrzebuje co najmniej jednej.
AdminInviteWijkFilter = Szukaj dzielnicy
AdminInviteMade = Zaproszenie jest gotowe. Wyślij link samodzielnie: e-mail nie jest skonfigurowany.
AdminInviteMailed = Zaproszenie jest gotowe i zostało wysłane e-mailem. Możesz też sam przekazać link.
AdminInviteExistingResident = Uwaga: ten adres należy do istniejącego konta mieszkańca. Jeśli ta osoba przyjmie zaproszenie, konto stanie się kontem profesjonalisty. Imię, pomysły i komentarze zostają.
AdminInviteExistingProfessional = Uwaga: ten adres należy już do osoby, która tu pracuje. Jeśli przyjmie zaproszenie, konto dostanie rolę, organizację i dzielnice z tego zaproszenia.
AdminInviteCopy = Skopiuj link
AdminInviteCopied = Skopiowano.
AdminInviteValid =
    { $days ->
        [one] Link działa raz, przez { $days } dzień.
        [few] Link działa raz, przez { $days } dni.
        [many] Link działa raz, przez { $days } dni.
       *[other] Link działa raz, przez { $days } dnia.
    }
AdminInviteSubmit = Utwórz zaproszenie
AdminInviteLink = Link do zaproszenia
AdminInviteLanguage = Język zaproszenia
AdminInviteLanguageHint = E-mail i strona zaproszenia są w tym języku. Czy ten adres ma już konto? Wtedy e-mail będzie w języku tego konta.
HandoverStatusOpen = czeka na odpowiedź
HandoverStatusAccepted = przejęty
HandoverStatusDeclined = nieprzejęty
HandoverStatusWithdrawn = wycofany
TimelineHandover = przejmuje pomysł od: { $previous }
NotifComment = { $actor } komentuje pomysł „{ $title }”
NotifCommentAnonymous = Nowy komentarz do „{ $title }”
NotifStatus = „{ $title }” ma nowy status: { $status }
NotifWardIdeasOne = Nowy pomysł. Dzielnica: { $wijk }. „{ $title }”
NotifWardIdeasMany =
    { $count ->
        [one] { $count } nowy pomysł. Dzielnica: { $wijk }. „{ $title }”
        [few] { $count } nowe pomysły. Dzielnica: { $wijk }. Najnowszy: „{ $title }”
        [many] { $count } nowych pomysłów. Dzielnica: { $wijk }. Najnowszy: „{ $title }”
       *[other] { $count } nowego pomysłu. Dzielnica: { $wijk }. Najnowszy: „{ $title }”
    }
NotifHandoverOffered = { $actor } chce przekazać ci „{ $title }”. Przejmiesz?
NotifHandoverAccepted = { $actor } przejmuje od ciebie „{ $title }”
NotifHandoverDeclined = { $actor } nie przejmuje „{ $title }”. Nadal prowadzisz ten pomysł.
NotifNewContact = Nowa osoba kontaktowa dla „{ $title }”: { $actor }
NotifSupportsOne = Ktoś popiera twój pomysł „{ $title }”
NotifSupportsMany =
    { $count ->
        [one] { $count } osoba popiera twój pomysł „{ $title }”
        [few] { $count } osoby popierają twój pomysł „{ $title }”
        [many] { $count } osób popiera twój pomysł „{ $title }”
       *[other] { $count } osoby popiera twój pomysł „{ $title }”
    }
NotifUncoveredIdea = Nowy pomysł w dzielnicy bez profesjonalisty. Dzielnica: { $wijk }. „{ $title }”
NotifMessage = { $actor } wysyła ci wiadomość o „{ $title }”
NotifClaimStalled = Przy „{ $title }” od dawna nic się nie dzieje. Zaktualizuj pomysł, przekaż go albo zrezygnuj z niego.
ErrResponderUnknown = Wybierz profesjonalistę lub organizację z listy.
ErrDisplayNameRole = Wybierz imię bez funkcji ani organizacji. Osoby, które tu pracują, mają je pokazane obok imienia automatycznie.
ErrReleaseReasonRequired = Napisz krótko, dlaczego rezygnujesz z pomysłu. Przeczyta to autor i wszyscy obserwujący.
ErrReleaseReasonTooLong = Powód jest za długi: użyj najwyżej 2000 znaków.
ErrTitleEmpty = Nadaj pomysłowi tytuł.
ErrTitleTooShort = Tytuł jest za krótki: użyj co najmniej 5 znaków.
ErrTitleTooLong = Tytuł jest za długi: użyj najwyżej 120 znaków.
ErrDescriptionEmpty = Opisz swój pomysł w kilku zdaniach.
ErrDescriptionTooLong = Opis jest za długi: użyj najwyżej 4000 znaków.
ErrControlCharacters = Tekst zawiera niewidoczne znaki, których nie możemy zapisać.
ErrCoordinatesInvalid = To miejsce na mapie się nie zgadza. Postaw pinezkę ponownie albo wybierz osiedle.
ErrLocationMissing = Postaw pinezkę na mapie albo wybierz osiedle.
ErrOutsideWards = To miejsce leży poza dzielnicami Hagi. Wybierz miejsce w gminie.
ErrCategoryUnknown = Wybierz temat z listy.
ErrWardCodeInvalid = Taki kod dzielnicy nie istnieje.
ErrEmailInvalid = Wpisz poprawny adres e-mail, na przykład imie@przyklad.pl.
ErrEmailTaken = Konto z tym adresem e-mail już istnieje. Zaloguj się albo użyj innego adresu.
ErrDisplayNameTooShort = Wpisz imię z co najmniej 2 znaków.
ErrDisplayNameTooLong = To imię jest za długie: użyj najwyżej 60 znaków.
ErrPasswordTooShort = Hasło jest za krótkie: użyj co najmniej 10 znaków.
ErrPasswordTooLong = Hasło jest za długie: użyj najwyżej 256 znaków.
ErrPasswordCommon = To hasło jest bardzo popularne i łatwe do odgadnięcia. Wybierz inne.
ErrLoginFailed = Ten adres e-mail i hasło do siebie nie pasują.
ErrTooManyAttempts = Za dużo nieudanych prób. Odczekaj kwadrans i spróbuj ponownie.
ErrLoginRequired = Najpierw się zaloguj.
ErrCrossSite = To żądanie pochodzi z innej strony i zostało odrzucone.
ErrNotFound = To nie istnieje (już).
ErrMalformedRequest = Żądanie jest niepełne lub niepoprawne.
ErrTooLarge = Żądanie jest za duże.
ErrNetwork = Brak połączenia z serwerem. Spróbuj ponownie.
ErrCommentEmpty = Najpierw napisz komentarz.
ErrCommentTooLong = Komentarz jest za długi: użyj najwyżej 2000 znaków.
ErrOwnIdeaSupport = Nie możesz poprzeć własnego pomysłu. Poproś sąsiadów o poparcie!
ErrIdeaClosedForSupport = Ten pomysł jest zamknięty lub wycofany. Nie można go już poprzeć.
ErrIdeaHidden = Moderator ukrył ten pomysł. Teraz nie można go komentować.
ErrReplyTargetInvalid = Komentarz, na który odpowiadasz, nie należy do tego pomysłu.
ErrCommentNotYours = Możesz edytować lub usuwać tylko własne komentarze.
ErrCommentEditExpired = Edycja jest możliwa do 15 minut po dodaniu. Ten czas minął.
ErrAlreadyFollowing = Już to obserwujesz.
ErrNotFollowing = Nie obserwujesz tego.
ErrFrequencyUnknown = Wybierz, jak często chcesz dostawać e-maile.
ErrTransitionNotAllowed = Takiej zmiany statusu nie można zrobić z obecnego statusu.
ErrExplanationRequired = Wyjaśnij w kilku słowach dlaczego. To wyjaśnienie jest publiczne.
ErrMergeTargetRequired = Wybierz pomysł, z którym ten pomysł ma zostać połączony.
ErrReferralRequired = Wpisz, dokąd pomysł został przekazany.
ErrClaimInstead = Podejmij pomysł, aby nadać mu status „podjęty”.
ErrProfessionalsOnly = Może to zrobić tylko profesjonalista w dzielnicy.
ErrOutsideWerkgebied = Ta dzielnica nie należy do twojego obszaru pracy.
ErrLeadOnly = Może to zrobić tylko osoba prowadząca ten pomysł.
ErrAuthorOnly = Może to zrobić tylko autor pomysłu.
ErrNoOrganisation = Nie należysz jeszcze do żadnej organizacji, więc notatka dla twojej organizacji nie jest możliwa.
ErrAdministratorsOnly = Może to zrobić tylko administrator.
ErrAlreadyLead = Ten pomysł ma już osobę prowadzącą. Możesz dołączyć jako wspierający.
ErrAlreadyClaimed = Już pracujesz nad tym pomysłem.
ErrNotClaimed = Nie pracujesz nad tym pomysłem.
ErrIdeaClosed = Ten pomysł jest zamknięty. Najpierw otwórz go ponownie.
ErrNoteEmpty = Najpierw napisz notatkę.
ErrNoteTooLong = Notatka jest za długa: użyj najwyżej 4000 znaków.
ErrVisibilityUnknown = Wybierz, dla kogo jest notatka.
ErrInvitationInvalid = To zaproszenie nie istnieje. Sprawdź, czy użyto całego linku, albo poproś administratora o nowe.
ErrInvitationUsed = To zaproszenie zostało już użyte. Czy to ty je przyjąłeś? Zaloguj się wtedy na swoje konto.
ErrInvitationExpired = To zaproszenie wygasło. Poproś administratora o nowe.
ErrInvitationRevoked = To zaproszenie zostało wycofane. Zapytaj administratora, jeśli uważasz, że to pomyłka.
ErrWerkgebiedEmpty = Wybierz co najmniej jedną dzielnicę, w której pracuje ta osoba.
ErrOrganisationNameTaken = Organizacja o tej nazwie już istnieje.
ErrOrganisationNameInvalid = Nadaj organizacji nazwę od 2 do 120 znaków.
ErrKindUnknown = Wybierz rodzaj organizacji.
ErrRoleUnknown = Wybierz rolę.
ErrLanguageUnknown = Wybierz język z listy.
ErrFunctionUnknown = Wybierz funkcję.
ErrMergeTargetInvalid = Pomysł, z którym ma nastąpić połączenie, nie istnieje lub sam jest zamknięty.
ErrHandoverToProfessionalsOnly = Pomysł można przekazać tylko profesjonaliście.
ErrHandoverToSelf = To ty prowadzisz ten pomysł. Wybierz kogoś innego.
ErrHandoverReceiverOutside = Ta osoba nie pracuje w dzielnicy tego pomysłu.
ErrHandoverNotYours = To przekazanie nie jest skierowane do ciebie.
ErrHandoverOpen = Przekazanie tego pomysłu już czeka. Poczekaj na odpowiedź.
ErrHandoverAnswered = Na to przekazanie już odpowiedziano lub je wycofano.
ErrHandoverNoteEmpty = Napisz notatkę przekazania: ustalenia z mieszkańcem, otwarte zadania, kontakty.
ErrHandoverNoteTooLong = Notatka przekazania jest za długa: użyj najwyżej 4000 znaków.
ErrHandoverReceiverUnknown = Wybierz, komu przekazujesz pomysł.
ErrWorkbenchListUnknown = Takiej listy nie ma na stanowisku pracy.
ErrEditOnlyWhileSubmitted = Pomysł możesz zmienić tylko, dopóki nikt go nie podjął.
ErrMessagesResidentsOnly = Tylko mieszkańcy wysyłają tu wiadomości. Jako profesjonalista napisz notatkę.
ErrNoContactPerson = Ten pomysł nie ma jeszcze osoby kontaktowej. Gdy ktoś go podejmie, możesz wysłać wiadomość.
ErrMessageEmpty = Najpierw napisz wiadomość.
ErrMessageTooLong = Wiadomość jest za długa: użyj najwyżej 2000 znaków.
ErrConversationUnknown = Ten mieszkaniec nie wysłał jeszcze wiadomości o tym pomyśle.
TimelineEdited = zmienia pomysł
ErrNotAProfessional = To konto nie jest kontem profesjonalisty.
ErrStillLeadsIdeas = Ta osoba jest nadal osobą kontaktową pomysłów. Najpierw je przekaż (poniżej: przekaż wszystkie pomysły).
DoneCommentDeleted = Twój komentarz został usunięty.
ErrInternal = Coś poszło nie tak po naszej stronie. Spróbuj ponownie później.
AppName = Wijkidee
AppTagline = Pomysły dla twojej dzielnicy, od mieszkańców, realizowane wspólnie
Municipality = Haga
SkipToContent = Przejdź do treści
LanguageNavLabel = Język
ListSeparator = {", "}
NavIdeas = Pomysły
NavWards = Dzielnice
NavLogin = Zaloguj się
NavRegister = Załóż konto
NavLogout = Wyloguj się
NavMainLabel = Menu główne
LoggedInAs = Zalogowano jako
FooterCredits = Dane mapy © Kadaster · Granice dzielnic i osiedli: Kadaster / Centraal Bureau voor de Statistiek
FooterLicence = Wijkidee to otwarte oprogramowanie (EUPL-1.2).
HomeTitle = Pomysły dla Hagi
HomeIntro = Masz pomysł dla swojej okolicy? Zaznacz go na mapie. Sąsiedzi mogą się wypowiedzieć, a profesjonaliści w dzielnicy pomogą go zrealizować.
MapLabel = Mapa dzielnic z pomysłami
IdeaListTitle = Wszystkie pomysły
IdeaListEmpty = Nie ma jeszcze pomysłów. Bądź pierwszy!
NewIdeaLoginFirst = Zaloguj się lub załóż konto, aby dodać pomysł.
IdeaBy = autor:
IdeaPostedOn = dodano
IdeaLocation = Miejsce
IdeaWard = Dzielnica
IdeaBuurt = Osiedle
IdeaCategory = Temat
IdeaStatus = Status
BackToMap = Wróć do mapy
WardsTitle = Dzielnice Hagi
WardsIntro = Wybierz dzielnicę, aby zobaczyć jej pomysły.
WardIdeasTitle = Pomysły w tej dzielnicy
WardNoIdeas = W tej dzielnicy nie ma jeszcze pomysłów.
WardBuurten = Osiedla
WardOnMap = Szukaj i filtruj te pomysły na mapie
WardAllIdeas =
    { $count ->
        [one] Jedyny pomysł tej dzielnicy na liście
        [few] Wszystkie { $count } pomysły tej dzielnicy na liście
        [many] Wszystkie { $count } pomysłów tej dzielnicy na liście
       *[other] Wszystkie { $count } pomysłu tej dzielnicy na liście
    }
LoginTitle = Zaloguj się
RegisterTitle = Załóż konto
RegisterIntro = Z kontem możesz dodawać pomysły. Prosimy tylko o to, co potrzebne: adres e-mail do logowania i imię widoczne dla innych.
FieldPassword = Hasło
FieldPasswordHint = Co najmniej 10 znaków. Zdanie z kilku słów jest silne i łatwe do zapamiętania.
FieldDisplayName = Imię widoczne dla innych
FieldDisplayNameHint = Wystarczy imię lub pseudonim.
SubmitLogin = Zaloguj się
SubmitRegister = Załóż konto
NoAccountYet = Nie masz konta?
HaveAccount = Masz już konto?
NotFoundTitle = Nie znaleziono strony
NotFoundText = Ta strona nie istnieje (już). Może adres został źle skopiowany.
IdeaCountAtLeast =
    { $count ->
        [one] ponad { $count } pomysł
        [few] ponad { $count } pomysły
        [many] ponad { $count } pomysłów
       *[other] ponad { $count } pomysłu
    }
EnoughSupportExplain = Ten pomysł ma wystarczające poparcie. Profesjonaliści w dzielnicy od razu to widzą.
SupportStillNeeded =
    { $count ->
        [one] Potrzebny jeszcze { $count } głos poparcia.
        [few] Potrzebne jeszcze { $count } głosy poparcia.
        [many] Potrzeba jeszcze { $count } głosów poparcia.
       *[other] Potrzeba jeszcze { $count } głosu poparcia.
    }
SupportButton = Poprzyj ten pomysł
WithdrawSupportButton = Wycofaj poparcie
YouSupport = Popierasz ten pomysł.
SupportLoginFirst = Zaloguj się, aby poprzeć lub obserwować ten pomysł.
SupportOwnIdea = To twój pomysł. Poproś sąsiadów o poparcie!
SupportClosed = Poparcie nie jest już możliwe: pomysł jest zamknięty lub wycofany.
FollowButton = Obserwuj
UnfollowButton = Przestań obserwować
FollowingNote = Obserwujesz ten pomysł: dostaniesz powiadomienie o nowych komentarzach i nowym statusie.
FollowWijkButton = Obserwuj tę dzielnicę
UnfollowWijkButton = Przestań obserwować tę dzielnicę
FollowWijkNote = Jeśli obserwujesz tę dzielnicę, dostaniesz powiadomienie o nowych pomysłach.
ParticipationLabel = Poparcie i obserwowanie
NavNotifications = Powiadomienia
UnreadLabel = nieprzeczytane powiadomienia
FilterTitle = Szukaj i filtruj
FilterSearch = Słowa kluczowe
FilterWijk = Dzielnica
FilterAllWijken = Wszystkie dzielnice
FilterCategory = Temat
FilterAllCategories = Wszystkie tematy
FilterStatus = Status
FilterAllStatuses = Wszystkie statusy
FilterSort = Kolejność
SortNewest = Najnowsze najpierw
SortMostSupported = Najwięcej poparcia
SortMostDiscussed = Najwięcej komentarzy
FilterApply = Pokaż pomysły
FilterClear = Wyczyść filtry
FilteredIdeas = Znalezione pomysły
PagePrevious = Poprzednia
PageNext = Następna
PageOf = Strona { $page } z { $count }
PagerLabel = Strony
SearchTooShort = Wpisz co najmniej 2 litery, aby szukać. Lista poniżej nie jest filtrowana po słowach.
NoMatches = Nie znaleziono pomysłów. Spróbuj innych słów albo wyczyść filtry.
WorkTitle = Kto nad tym pracuje?
WorkUncoveredProfessional = Jeszcze niepodjęty. W tej dzielnicy nie pracuje jeszcze żaden profesjonalista Wijkidee. Pomysły z takich dzielnic czyta: { $who }. Ta osoba może podjąć ten pomysł.
WorkUncoveredTeam = Jeszcze niepodjęty. W tej dzielnicy nie pracuje jeszcze żaden profesjonalista Wijkidee. Pomysły z takich dzielnic czyta zespół organizacji: { $organisation }. Zespół może podjąć ten pomysł.
WorkUncoveredNobody = Jeszcze niepodjęty. W tej dzielnicy nie pracuje jeszcze żaden profesjonalista Wijkidee i nikt nie został wyznaczony do czytania tych pomysłów. Administrator Wijkidee widzi, że ten pomysł czeka.
WorkNobody = Jeszcze niepodjęty. Profesjonaliści w dzielnicy mogą podjąć ten pomysł.
ReleaseReason = Dlaczego rezygnujesz?
ReleaseReasonHint = To będzie widoczne publicznie przy pomyśle. Przeczyta to autor i obserwujący.
ReleaseConfirm = Zrezygnuj
WorkLeadBy = Podjęte przez:
WorkSupportedBy = Wspierają:
ClaimLeadButton = Podejmij jako osoba prowadząca
ClaimSupportingButton = Dołącz jako wspierający
ReleaseButton = Zrezygnuj
StatusChangeTitle = Zmień status
StatusNew = Nowy status
StatusChoose = Wybierz status
StatusExplanation = Wyjaśnienie (publiczne)
StatusExplanationNeededFor = Każdy przeczyta to wyjaśnienie. Wymagane przy: { $statuses }.
StatusMergedInto = Połączony z pomysłem (numer)
StatusReferredTo = Przekazany do
StatusChangeSubmit = Zmień status
NotesTitle = Notatki
NotesEmpty = Nie ma jeszcze notatek.
NoteField = Nowa notatka
NoteVisibilityLabel = Kto może to czytać?
NoteSubmit = Dodaj notatkę
TimelineTitle = Oś czasu
TimelineFromTo = z { $from } na { $to }
TimelineMergedInto = Połączony z pomysłem
TimelineReferredTo = Przekazany do
InvitationTitle = Zaproszenie do Wijkidee
InvitationIntro = Zapraszamy cię do pracy w Wijkidee jako profesjonalista.
InvitationFor = Dla
InvitationAccept = Przyjmij zaproszenie
InvitationAccepted = Witamy! Twoje konto jest gotowe.
InvitationHasAccount = Masz już konto z tym adresem? Wpisz wtedy swoje hasło; twoje imię pozostanie bez zmian.
AdminTitle = Administracja
AdminOrganisations = Organizacje
AdminNewOrganisation = Nowa organizacja
AdminOrganisationName = Nazwa
AdminOrganisationKind = Rodzaj
AdminCreate = Dodaj
AdminOpenInvitations = Otwarte zaproszenia
AdminNoOpenInvitations = Nie ma otwartych zaproszeń.
AdminInvitedBy = Zaprasza: { $name }, dnia
AdminInvitationUntil = ważne do
AdminInvitationLanguage = Język:
AdminRevokeInvitation = Wycofaj
AdminInvitationRevoked = Zaproszenie zostało wycofane. Link już nie działa.
AdminOnly = Ta strona jest dla administratorów.
NavWorkbench = Stanowisko pracy
NavAdmin = Administracja
BenchTitle = Stanowisko pracy
BenchIntro = Otwarte pomysły w twoich dzielnicach: czego nikt nie podjął, co stoi w miejscu, gdzie organizacje współpracują i co ma wystarczające poparcie.
BenchNoWerkgebied = Nie masz jeszcze obszaru pracy. Poproś administratora o dodanie twoich dzielnic.
BenchLoginFirst = Stanowisko pracy jest dla profesjonalistów. Zaloguj się kontem służbowym.
BenchUnclaimed = Niepodjęte
BenchStalled = Wstrzymane
BenchSeveralOrganisations = Kilka organizacji
BenchEnoughSupport = Wystarczające poparcie
BenchOpen =
    { $count ->
        [one] { $count } otwarty pomysł
        [few] { $count } otwarte pomysły
        [many] { $count } otwartych pomysłów
       *[other] { $count } otwartego pomysłu
    }
BenchByOrganisation = Według organizacji
BenchUncoveredWijk = Nie pracuje tu jeszcze żaden profesjonalista. Czytasz pomysły z tej dzielnicy, jak ze wszystkich dzielnic bez profesjonalisty.
BenchByProfessional = Według profesjonalisty
BenchAllWijken = wszystkie twoje dzielnice
BenchListTitle = { $list } – { $wijk }
BenchListEmpty = Brak pomysłów na tej liście.
BenchStalledHint =
    { $days ->
        [one] Wstrzymane: osoba prowadząca nic nie robi od { $days } dnia.
        [few] Wstrzymane: osoba prowadząca nic nie robi od { $days } dni.
        [many] Wstrzymane: osoba prowadząca nic nie robi od { $days } dni.
       *[other] Wstrzymane: osoba prowadząca nic nie robi od { $days } dnia.
    }
BenchSilentDays =
    { $days ->
        [one] { $days } dzień bez zmian
        [few] { $days } dni bez zmian
        [many] { $days } dni bez zmian
       *[other] { $days } dnia bez zmian
    }
BenchLead = Prowadzi
BenchSupports = Poparcie
BenchSubmitted = Zgłoszono
BenchCloseList = Zamknij listę
HandoverInbox = Przekazania dla ciebie
HandoverFrom = Od: { $name }. Pomysł: „{ $title }”. Dzielnica: { $wijk }
HandoverAccept = Przejmij
HandoverDecline = Nie przejmuj
HandoverWithdraw = Wycofaj ofertę
HandoverTitle = Przekaż
HandoverIntro = Przekaż ten pomysł koleżance lub koledze z dzielnicy. Ta osoba zacznie go prowadzić, gdy przyjmie przekazanie; autor dowie się, kto jest nową osobą kontaktową.
HandoverTo = Komu
HandoverChoose = Wybierz osobę z zespołu
HandoverNote = Notatka przekazania (tylko dla was dwojga)
HandoverNoteHint = Ustalenia z mieszkańcem, otwarte zadania, kontakty.
HandoverSubmit = Zaproponuj przekazanie
HandoverNoColleagues = W tej dzielnicy nie ma innego profesjonalisty, któremu można przekazać pomysł.
HandoversTitle = Przekazania
HandoverFromTo = { $from } → { $to }
AdminProfessionals = Profesjonaliści
AdminLeads =
    { $count ->
        [one] prowadzi { $count } pomysł
        [few] prowadzi { $count } pomysły
        [many] prowadzi { $count } pomysłów
       *[other] prowadzi { $count } pomysłu
    }
AdminUncoveredTitle = Dzielnice bez profesjonalisty
AdminUncoveredSummary = Dzielnice bez profesjonalisty: { $wijken }. Otwarte pomysły, które tam czekają: { $ideas }.
AdminUncoveredIntro = Wybierz, kto czyta i podejmuje pomysły z tych dzielnic: jeden profesjonalista albo zespół organizacji. Zobaczą te pomysły na stanowisku pracy i dostaną powiadomienie o każdym nowym pomyśle. Autor przeczyta na stronie pomysłu, kto go czyta.
AdminResponder = Kto czyta pomysły z dzielnic bez profesjonalisty?
AdminResponderNobody = Jeszcze nikt
AdminOrganisationTeams = Zespół organizacji
AdminResponderSubmit = Zapisz
AdminResponderSaved = Zapisano.
AdminOpenIdeas = Otwarte pomysły
AdminBulkTitle = Przekaż wszystkie pomysły
AdminBulkIntro = Ktoś odchodzi? Przekaż wszystkie jego pomysły naraz, z tą samą notatką. Autorzy dowiedzą się, kto jest ich nową osobą kontaktową.
AdminBulkFrom = Od
AdminBulkTo = Do
AdminBulkNote = Notatka przekazania (dla nowej osoby prowadzącej)
AdminBulkSubmit = Przekaż wszystko
AdminBulkDone =
    { $count ->
        [one] Przekazano: { $count } pomysł.
        [few] Przekazano: { $count } pomysły.
        [many] Przekazano: { $count } pomysłów.
       *[other] Przekazano: { $count } pomysłu.
    }
MailInvitationSubject = Zaproszenie do Wijkidee
MailInvitationBody =
    Dzień dobry,

    Zapraszamy cię do pracy w Wijkidee, w roli: { $what }. Wijkidee to miejsce, w którym mieszkańcy dzielą się pomysłami dla swojej dzielnicy, a profesjonaliści realizują je razem z nimi.

    Otwórz ten link, aby założyć konto lub połączyć istniejące konto:
    { $link }

    Link działa raz, przez { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }.

    Nie znasz Wijkidee albo nie spodziewałeś się tego e-maila? Możesz go zignorować.
MailSubject = Wijkidee: { $text }
MailDirectIntro =
    Dzień dobry,

    Jest coś nowego w tym, co obserwujesz w Wijkidee:
MailDigestSubject = Wijkidee: twoje dzisiejsze podsumowanie ({ $count })
MailDigestIntro =
    Dzień dobry,

    Od twojego poprzedniego podsumowania w tym, co obserwujesz w Wijkidee, wydarzyło się:
MailFooter =
    Dostajesz ten e-mail, bo obserwujesz to w Wijkidee. Jak często dostajesz e-maile, ustawisz tutaj: { $settings }
    Nie chcesz więcej e-maili? Zrezygnuj jednym kliknięciem: { $unsubscribe }
NavMyIdeas = Moje pomysły
MyIdeasTitle = Moje pomysły
MyAccountHeading = Twoje konto
MyAccountName = Imię
MyAccountEmail = Adres e-mail
MyAccountEmailPrivate = Tylko ty widzisz swój adres e-mail. Inni widzą tylko twoje imię.
MyNotificationSettings = Ustaw powiadomienia i e-maile
MyIdeasWritten = Twoje pomysły
MyIdeasSupported = Pomysły, które popierasz
MyIdeasFollowed = Obserwowane pomysły innych
MyIdeasNoneWritten = Nie dodano jeszcze żadnego pomysłu.
MyIdeasPostOne = Dodaj pomysł
MyIdeasNoneSupported = Nie popierasz jeszcze żadnych pomysłów.
MyIdeasNoneFollowed = Nie obserwujesz jeszcze pomysłów innych.
OwnIdeaTitle = Twój pomysł
OwnIdeaIntro = Dopóki nikt nie podjął twojego pomysłu, możesz go zmienić lub wycofać.
EditIdeaSummary = Zmień pomysł
FieldOtherBuurt = Inne osiedle
FieldOtherBuurtHint = Zostaw puste, aby zachować miejsce.
KeepPlace = Zachowaj to samo miejsce
SaveIdeaButton = Zapisz zmiany
WithdrawIdeaSummary = Wycofaj pomysł
WithdrawReasonLabel = Dlaczego wycofujesz pomysł?
WithdrawReasonHint = To będzie widoczne publicznie przy pomyśle, aby popierający wiedzieli dlaczego.
WithdrawIdeaButton = Tak, wycofaj mój pomysł
MessagesTitle = Wiadomości
MessagesIntro = Zadaj pytanie osobie kontaktowej: { $contact }. Czytają to tylko profesjonaliści pracujący nad tym pomysłem. Twój adres e-mail pozostaje ukryty.
MessagesNoContactYet = Gdy profesjonalista podejmie ten pomysł, możesz tu wysłać mu wiadomość.
MessagesLoginFirst = Zaloguj się, aby wysłać wiadomość osobie kontaktowej tego pomysłu.
MessageFieldLabel = Twoja wiadomość
SendMessageButton = Wyślij wiadomość
MessagesFromResidents = Wiadomości od mieszkańców
MessagesFromResidentsIntro = Czyta to tylko mieszkaniec i profesjonaliści pracujący nad tym pomysłem.
MessagesConversationWith = Rozmowa: { $name }
AnswerFieldLabel = Twoja odpowiedź dla: { $name }
AnswerButton = Wyślij odpowiedź
MessagesNone = Nie ma jeszcze wiadomości.
MessagesYou = ty
AdminEditProfessional = Zmień
AdminEditProfessionalTitle = Zmiana: { $name }
AdminSaveProfessional = Zapisz
AdminNoOrganisation = Bez organizacji
AdminWerkgebied = Obszar pracy
AdminDeactivateProfessional = Dezaktywuj
AdminDeactivateProfessionalExplain = Osoba { $name } nie będzie mogła już pracować jako profesjonalista. Konto pozostanie kontem mieszkańca; napisane treści zostaną.
AdminDeactivateConfirm = Tak, dezaktywuj
AdminDeactivateLeadsFirst =
    { $count ->
        [one] { $name } jest nadal osobą kontaktową { $count } pomysłu. Najpierw go przekaż przez „Przekaż wszystkie pomysły”.
        [few] { $name } jest nadal osobą kontaktową { $count } pomysłów. Najpierw je przekaż przez „Przekaż wszystkie pomysły”.
        [many] { $name } jest nadal osobą kontaktową { $count } pomysłów. Najpierw je przekaż przez „Przekaż wszystkie pomysły”.
       *[other] { $name } jest nadal osobą kontaktową { $count } pomysłu. Najpierw je przekaż przez „Przekaż wszystkie pomysły”.
    }
AdminDeactivateOrganisation = Dezaktywuj
AdminDeactivateOrganisationExplain = Wszyscy profesjonaliści organizacji { $name } nie będą mogli już pracować jako profesjonaliści. Najpierw przekaż ich pomysły.
AdminOrganisationDeactivated = Organizacja została dezaktywowana.
DoneSupported = Popierasz teraz ten pomysł.
DoneSupportWithdrawn = Twoje poparcie zostało wycofane.
DoneFollowed = Obserwujesz to teraz. Dostaniesz powiadomienie, gdy coś się zmieni.
DoneUnfollowed = Już tego nie obserwujesz.
DoneClaimed = Pomysł został przez ciebie podjęty.
DoneReleased = Zrezygnowano z pomysłu.
DoneStatusChanged = Status został zmieniony.
DoneNoteAdded = Twoja notatka została dodana.
DoneHandoverOffered = Przekazanie zostało zaproponowane.
DoneHandoverAccepted = Pomysł został przez ciebie przejęty.
DoneHandoverDeclined = Przekazanie zostało odrzucone.
DoneHandoverWithdrawn = Przekazanie zostało wycofane.
DoneMessageSent = Twoja wiadomość została wysłana.
DoneIdeaEdited = Twój pomysł został zmieniony.
DoneIdeaWithdrawn = Twój pomysł został wycofany.
DoneDeactivated = Dezaktywowano.
DoneSaved = Zapisano.

## Open data (issue 11): the page /open-data, the Atom feeds and the DCAT description
FooterOpenData = Otwarte dane
FeedLinkTitle = Nowości z tej strony (Atom)
FeedCityTitle = Nowe pomysły i postępy · { $publisher }
FeedWijkTitle = Nowe pomysły i postępy w dzielnicy { $wijk }
FeedIdeaTitle = Postępy pomysłu „{ $title }”
FeedSubmitted = Nowy pomysł: { $title }
FeedStatusChanged = „{ $title }”: { $status }
FeedStatusContent = Status zmienił się z „{ $from }” na „{ $to }”.
FeedStatusBy = Zmienił(a): { $role }.
OpenDataTitle = Otwarte dane
OpenDataIntro = Wszystkie publiczne pomysły są otwartymi danymi. Każdy może z nich korzystać, także na własnej stronie lub w aplikacji.
OpenDataPrivacy = Nie ma w nich nic osobistego: żadnych nazwisk ani adresów e-mail mieszkańców, notatek specjalistów ani ukrytych pomysłów.
OpenDataLicence = Licencja
OpenDataPublisher = Wydawca
OpenDataIdeasHeading = Wszystkie pomysły jako plik
OpenDataGeojson = Do map i programów GIS: GeoJSON ze współrzędnymi w WGS84.
OpenDataCsv = Do arkuszy kalkulacyjnych: CSV w UTF-8, jeden pomysł w wierszu.
OpenDataFiltersHeading = Tylko część pomysłów
OpenDataFiltersIntro = Dodaj do adresu jeden lub kilka z tych parametrów. Nieznany lub błędny parametr daje błąd (400), który mówi, co jest nie tak.
OpenDataParameter = Parametr
OpenDataMeaning = Znaczenie
OpenDataExample = Przykład
OpenDataParamWijk = Kod dzielnicy lub osiedla (CBS).
OpenDataParamStatus = Status pomysłu.
OpenDataParamCategory = Temat pomysłu.
OpenDataParamSince = Zgłoszone tego dnia lub później.
OpenDataParamBbox = Wewnątrz prostokąta: zachód, południe, wschód, północ, w stopniach (WGS84).
OpenDataStatusCodes = Kody statusów
OpenDataCategoryCodes = Kody tematów
OpenDataFeedsHeading = Bądź na bieżąco (Atom)
OpenDataFeedsIntro = Nowe pomysły i zmiany statusu, dla czytnika kanałów. Każda strona dzielnicy i pomysłu ma też własny kanał.
OpenDataFeedCity = Cała gmina
OpenDataFeedWijk = Jedna dzielnica: { $wijk }
OpenDataFeedIdea = Jeden pomysł
OpenDataWardsHeading = Granice dzielnic
OpenDataWards = Granice wszystkich dzielnic jako GeoJSON. Źródło: Kadaster / Centralne Biuro Statystyczne Holandii (CBS).
OpenDataCatalogHeading = Opis dla rejestrów danych
OpenDataCatalog = Opis zgodny z DCAT-AP (JSON-LD), aby wpisać dane do rejestru data.overheid.nl.
OpenDataCaching = Każda odpowiedź ma ETag i Last-Modified. Zapytaj ponownie z If-None-Match, a dostaniesz 304, jeśli nic się nie zmieniło. Inne strony mogą pobierać dane bezpośrednio (CORS).
DcatCatalogTitle = Wijkidee: otwarte dane
DcatDatasetTitle = Pomysły mieszkańców dla ich dzielnicy
DcatDatasetDescription = Pomysły, które mieszkańcy zgłaszają dla swojej dzielnicy lub osiedla, z miejscem, tematem, statusem, poparciem i liczbą komentarzy. Bez danych osobowych.

## The categories a new installation starts with (a category a municipality adds keeps its own name)
CategoryGroen = Zieleń
CategorySpelen = Zabawa
CategoryVerkeer = Ruch i bezpieczeństwo
CategoryOntmoeten = Spotkania
CategorySchoon = Czysto i zadbane
CategoryCultuur = Kultura
CategoryAnders = Inne

## Open311 keys on /beheer (issue 11)
AdminApiKeys = Połączenia (Open311)
AdminApiKeysIntro = Inne systemy, na przykład aplikacja do zgłoszeń, mogą przesyłać pomysły przez Open311. Daj każdemu systemowi własny klucz. Gdy system przestaje działać, unieważnij jego klucz.
AdminApiKeyName = Nazwa systemu
AdminApiKeyIssue = Utwórz klucz
AdminApiKeyIssued = Klucz dla { $name } jest poniżej. Skopiuj go teraz: zostanie pokazany tylko raz.
AdminApiKeyLabel = Klucz
AdminApiKeyIdeas = przesłane pomysły: { $count }
AdminApiKeyRevoke = Unieważnij klucz
AdminApiKeyRevoked = Klucz został unieważniony.
AdminApiKeyRevokedOn = unieważniony
AdminNoApiKeys = Nie ma jeszcze kluczy.

## Progress on an idea: milestones, percentage, updates (issue 11)
ProgressTitle = Postęp
ProgressPercent = Gotowe w { $percent }%
ProgressByHand = (oszacowane przez specjalistę)
ProgressNone = Nie ma jeszcze etapów.
MilestoneStateDone = gotowe
MilestoneStateOpen = jeszcze niegotowe
MilestonePlannedOn = zaplanowano na { $date }
MilestoneDoneOn = gotowe { $date }
MilestoneAddTitle = Dodaj etap
MilestoneTitleField = Co zostanie zrobione?
MilestonePlannedField = Planowana data
MilestoneAddSubmit = Dodaj etap
MilestoneMarkDone = Gotowe
MilestoneReopen = Jednak niegotowe
MilestoneMove = Inna data
MilestoneNewDay = Nowa planowana data
MilestoneMoveSubmit = Zmień datę
MilestoneRemove = Usuń
UpdateTitle = Opublikuj informację o postępie
UpdateField = Wiadomość
UpdateHint = Każdy może to przeczytać. Osoby obserwujące pomysł dostaną powiadomienie.
UpdateSubmit = Opublikuj
ProgressSetTitle = Oszacuj postęp samodzielnie
ProgressPercentField = Procent gotowości (od 0 do 100)
ProgressPercentHint = Zostaw puste, aby postęp znów wynikał z etapów.
ProgressReasonField = Dlaczego taki procent?
ProgressSetSubmit = Zapisz postęp
DoneMilestoneAdded = Etap został dodany.
DoneMilestoneDone = Etap oznaczono jako gotowy.
DoneMilestoneReopened = Etap jest znów otwarty.
DoneMilestoneMoved = Data została zmieniona.
DoneMilestoneRemoved = Etap został usunięty.
DoneUpdatePosted = Informacja została opublikowana.
DoneProgressSet = Postęp został zapisany.
TimelineMilestoneAdded = dodał(a) etap „{ $title }”, zaplanowany na { $date }
TimelineMilestoneMoved = przesunął/przesunęła etap „{ $title }” z { $old } na { $date }
TimelineMilestoneDone = oznaczył(a) etap „{ $title }” jako gotowy ({ $date })
TimelineMilestoneReopened = ponownie otworzył(a) etap „{ $title }”
TimelineMilestoneRemoved = usunął/usunęła etap „{ $title }”
TimelineProgressSet = oszacował(a) postęp na { $percent }%
TimelineProgressFollowsMilestones = sprawił(a), że postęp znów wynika z etapów
TimelineUpdate = opublikował(a) informację o postępie
NotifProgress = { $actor } opublikował(a) informację o postępie pomysłu „{ $title }”
ErrProgressKeepersOnly = Postęp mogą prowadzić tylko specjaliści pracujący nad tym pomysłem i redaktorzy gminy dla tej dzielnicy.
ErrProgressNotNow = Postęp można prowadzić tylko, gdy pomysł jest w przygotowaniu lub w realizacji.
ErrMilestoneTitleEmpty = Napisz, co zostanie zrobione.
ErrMilestoneTitleTooLong = Skróć etap: najwyżej 200 znaków.
ErrDateInvalid = Wpisz prawdziwą datę, np. 2027-03-01.
ErrDoneInFuture = Etap nie może być gotowy w przyszłości.
ErrMilestoneUnchanged = Tego etapu już nie ma albo już jest w tym stanie. Odśwież stronę.
ErrPercentInvalid = Wpisz liczbę całkowitą od 0 do 100 albo zostaw pole puste.
ErrProgressReasonRequired = Napisz, dlaczego postęp się zmienia.
ErrProgressReasonTooLong = Skróć wyjaśnienie: najwyżej 2000 znaków.
ErrUpdateEmpty = Najpierw napisz wiadomość.
ErrUpdateTooLong = Skróć wiadomość: najwyżej 4000 znaków.

## Progress pages of the city and each wijk (issue 11)
ProgressPageCityTitle = Postęp w mieście
ProgressPageWardTitle = Postęp w dzielnicy { $wijk }
ProgressPageIntro = Co stało się z pomysłami mieszkańców.
ProgressPageAsOf = Dane z { $date }.
ProgressCountsTitle = Pomysły według statusu
ProgressIdeasInAll =
    { $count ->
        [one] Razem { $count } pomysł.
        [few] Razem { $count } pomysły.
        [many] Razem { $count } pomysłów.
       *[other] Razem { $count } pomysłu.
    }
ProgressMonthsTitle = Zgłoszone i zrealizowane w miesiącu
ChartTitle = Pomysły w miesiącu, ostatnie 24 miesiące
ChartDescription = Wykres słupkowy. W tym okresie zgłoszono { $submitted } pomysłów, a zrealizowano { $realised }. Tabela obok zawiera wszystkie liczby.
ChartSubmitted = Zgłoszone
ChartRealised = Zrealizowane
ChartMonth = Miesiąc
ChartTableCaption = Pomysły w miesiącu, najnowszy miesiąc najpierw
MonthYear = { $month } { $year }
ProgressDurationsTitle = Jak szybko to idzie?
ProgressPickUp = Od zgłoszenia do podjęcia
ProgressRealisation = Od zgłoszenia do realizacji
ProgressDurationFigure = Zwykle { $median } (mediana). 9 na 10 w ciągu { $p90 }. Zmierzono na { $count } pomysłach.
ProgressDurationNone = Nie ma jeszcze pomysłów do zmierzenia.
ProgressDurationsHint = Mediana to środkowa liczba: połowa pomysłów idzie szybciej, połowa wolniej.
DayCount =
    { $count ->
        [one] { $count } dzień
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dnia
    }
ProgressRealisedTitle = Zrealizowane
ProgressRealisedEmpty = Nie zrealizowano jeszcze żadnego pomysłu.
ProgressRealisedOn = zrealizowano { $date }
ProgressSubmittedOn = zgłoszono { $date }
ProgressUnclaimedTitle = Niepodjęte od ponad { $days } dni
ProgressUnclaimedEmpty = Żaden pomysł nie czeka długo. Wszystko zostało podjęte.
ProgressWaitingTitle = Wystarczające poparcie ({ $threshold } lub więcej), czeka na decyzję
ProgressWaitingEmpty = Brak pomysłów z wystarczającym poparciem czekających na decyzję.
ProgressListMore = Pierwsze { $shown } z { $total }.
ProgressExportLink = Wszystkie pomysły jako plik CSV
ProgressLinkCity = Postęp w mieście
ProgressLinkWard = Postęp w tej dzielnicy
SummaryTitle = Podsumowanie gminy
SummaryPublishedOn = Opublikowano
SummaryEarlier =
    { $count ->
        [one] { $count } wcześniejsze podsumowanie
        [few] { $count } wcześniejsze podsumowania
        [many] { $count } wcześniejszych podsumowań
       *[other] { $count } wcześniejszego podsumowania
    }
SummaryWrite = Napisz podsumowanie
SummaryField = Podsumowanie
SummaryHint = Napisz krótko, co wydarzyło się w dzielnicy i co nadchodzi. Każdy może to przeczytać. Wcześniejsze podsumowania pozostają dostępne.
SummaryPublish = Opublikuj
DoneSummaryPublished = Podsumowanie zostało opublikowane.
ErrEditorsOfWardOnly = Podsumowanie mogą publikować tylko redaktorzy gminy dla tej dzielnicy.
ErrSummaryEmpty = Najpierw napisz podsumowanie.
ErrSummaryTooLong = Skróć podsumowanie: najwyżej 4000 znaków.
FeedProgressEntry = { $title }: postęp
