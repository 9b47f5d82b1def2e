# Wijkidee: Turkish (Türkçe), translated from nl.ftl, the reference language. Plain language (B1):
# short sentences, say what to do next.
#
# Format: Mozilla Fluent (https://projectfluent.org/fluent/guide/). One message per key; `{ $name }` is
# filled in by the program; `{ $count -> [one] … *[other] … }` chooses a form by the number (CLDR plural
# categories of Turkish: one, other; a noun after a number stays singular, so both forms are often the
# same). Every language file has exactly the keys of nl.ftl.
#
# Notes for translators of this file:
# - Running text addresses the reader politely with "siz" (as Turkish public services do); buttons use
#   the short imperative (Kaydet, Sil, Takip et), as is usual in Turkish interfaces.
# - No suffix is attached to an inserted value (a name or place is unknown, so vowel harmony cannot be
#   known): write "{ $wijk } semtinde", "‘{ $title }’ fikrine", "Yer: { $place }", "{ $name } ile".
# - Glossary: idee = fikir; wijk = semt; buurt = mahalle; bewoner = semt sakini; gemeente = belediye;
#   Den Haag = Lahey; professional = profesyonel; speld = işaret; steun(en) = destek(lemek);
#   reactie = yorum; melding = bildirim; volgen = takip etmek; indiener = fikir sahibi;
#   oppakken = üstlenmek; loslaten = bırakmak; overdragen / overnemen / overdracht = devretmek /
#   devralmak / devir; trekker = sorumlu; contactpersoon = irtibat kişisi (the same lead professional,
#   seen by residents); ondersteuner = yardımcı; notitie = not; werkgebied = çalışma alanı;
#   werkbank = çalışma masası; beheer / beheerder = yönetim / yönetici; organisatie = kuruluş;
#   uitnodiging = davet; plaatsen (an idea) = paylaşmak.

MapNoScript = Harita için JavaScript gerekir. Tüm fikirleri listede de bulabilirsiniz.
IdeaCount =
    { $count ->
        [one] { $count } fikir
       *[other] { $count } fikir
    }
ViewIdea = Fikri gör
NewIdeaTitle = Yeni fikir
NewIdeaHowTo = Haritada, fikrinizin ilgili olduğu yere tıklayın. İşareti sonra sürükleyerek taşıyabilirsiniz. Klavyeyle: haritaya gidin, ok tuşlarıyla kaydırın ve Enter tuşuna basın. Ya da aşağıdan mahallenizi seçin.
PinPlaced = İşaret konuldu. Taşımak için işareti sürükleyin.
PinNotPlaced = Haritada henüz işaret yok.
PinPlacedIn = İşaret konuldu. Yer: { $place }. Taşımak için işareti sürükleyin.
PinOutside = Bu yer belediye sınırlarının dışında. İşareti Lahey içinde bir yere koyun ya da aşağıdan bir mahalle seçin.
FieldTitle = Başlık
FieldTitleHint = 5 ile 120 karakter arası. Örneğin: Zuiderpark'ta daha fazla bank
FieldDescription = Açıklama
FieldDescriptionHint = Fikriniz nedir ve mahalleye neden iyi gelir? En fazla 4000 karakter.
FieldCategory = Konu
FieldChooseCategory = Bir konu seçin
FieldBuurt = Mahalle (haritaya işaret koymazsanız)
FieldChooseBuurt = Bir mahalle seçin
SubmitIdea = Fikri paylaş
Submitting = Lütfen bekleyin…
IdeaCreated = Fikriniz yayında. Teşekkürler!
FieldEmail = E-posta adresi
ErrorTitle = Bir sorun oluştu
Loading = Yükleniyor…
StatusIngediend = Gönderildi
StatusOpgepakt = Üstlenildi
StatusInVoorbereiding = Hazırlanıyor
StatusInUitvoering = Uygulanıyor
StatusGerealiseerd = Gerçekleşti
StatusNietHaalbaar = Uygulanamaz
StatusSamengevoegd = Birleştirildi
StatusDoorverwezen = Yönlendirildi
StatusIngetrokken = Geri çekildi
Month1 = Ocak
Month2 = Şubat
Month3 = Mart
Month4 = Nisan
Month5 = Mayıs
Month6 = Haziran
Month7 = Temmuz
Month8 = Ağustos
Month9 = Eylül
Month10 = Ekim
Month11 = Kasım
Month12 = Aralık
# A date: day number, month name (Month1–Month12 above, in the form a date needs), year.
DateLong = { $day } { $month } { $year }
PopupOpenIdea = Bu fikri gör
PinTitle = Yeni fikrinizin yeri
MapClusterIn =
    { $count ->
        [one] { $place }: { $count } fikir
       *[other] { $place }: { $count } fikir
    }
MapClusterHere =
    { $count ->
        [one] Burada { $count } fikir var
       *[other] Burada { $count } fikir var
    }
MapIdeaName = Fikir: { $title }, { $status }
MapSkip = Haritayı atla
MapZoomIn = Yakınlaştır
MapZoomOut = Uzaklaştır
FormHasErrors = Fikir henüz paylaşılmadı. Uyarı olan alanları kontrol edin.
SupportCount =
    { $count ->
        [one] { $count } destek
       *[other] { $count } destek
    }
CommentCount =
    { $count ->
        [one] { $count } yorum
       *[other] { $count } yorum
    }
EnoughSupport = Yeterli destek
CommentsTitle = Yorumlar
CommentsEmpty = Henüz yorum yok. Siz ne düşünüyorsunuz?
CommentFieldLabel = Yorumunuz
CommentFieldHint = En fazla 2000 karakter. Bağlantılar tıklanabilir olur. Yorumunuzu, adınızla birlikte herkes okuyabilir.
CommentSubmit = Yorumu gönder
ReplyButton = Cevap ver
ReplyFieldLabel = Cevabınız
ReplySubmit = Cevabı gönder
EditButton = Düzenle
SaveButton = Kaydet
DeleteButton = Sil
CommentDeleteConfirm = Bu yorumu silmek istediğinizden emin misiniz? Bu işlem geri alınamaz.
CommentDeleteYes = Evet, yorumumu sil
WorksHere = Semtte çalışıyor:
CommentEdited = düzenlendi
CommentDeleted = Bu yorum silindi.
CommentLoginFirst = Yorum yazmak için giriş yapın.
CommentEditLabel = Yorumunuzun yeni metni
CommentEditHint = Yorumunuzu paylaştıktan sonraki 15 dakika içinde düzenleyebilirsiniz.
NotificationsTitle = Bildirimler
NotificationsEmpty = Henüz bildiriminiz yok. Gelişmelerden haberdar olmak için bir fikri ya da bir semti takip edin.
NotificationsLoginFirst = Bildirimlerinizi görmek için giriş yapın.
MarkAllRead = Tümü okundu
MarkRead = Okundu
UnreadMark = yeni
EmailSettingsTitle = E-postayla bildirimler
EmailDirect = Hemen: her bildirim için bir e-posta
EmailDaily = Günde bir kez özet
EmailNever = E-posta yok, bildirimler sadece burada, sitede
SaveSettings = Kaydet
SettingsSaved = Kaydedildi.
UnsubscribeTitle = E-posta aboneliğinden çık
UnsubscribeText = Wijkidee'den artık e-posta almak istemiyor musunuz? Düğmeye tıklayın. Bildirimleriniz sitede kalır.
UnsubscribeButton = Abonelikten çık
UnsubscribeDone = Abonelikten çıktınız: Wijkidee'den artık e-posta almayacaksınız. E-postaları istediğiniz zaman Bildirimler sayfasından yeniden açabilirsiniz.
SimilarTitle = Bu fikir zaten var mı?
SimilarIntro = Yakındaki bu fikirler sizinkine benziyor. Birini destekleyin. Sizin fikriniz farklıysa kendi fikrinizi paylaşın.
SimilarDistance = { $m } m uzakta
RoleResident = semt sakini
RoleProfessional = profesyonel
RoleEditor = belediye editörü
RoleModerator = moderatör
RoleAdministrator = yönetici
FunctionCommunityBuilder = topluluk geliştiricisi
FunctionIdeeenmakelaar = fikir danışmanı
FunctionOpbouwwerker = toplum çalışanı
FunctionWijkmanager = semt yöneticisi
FunctionAnders = profesyonel
OrgGemeente = belediye
OrgWelzijn = sosyal hizmet kuruluşu
OrgWoningcorporatie = sosyal konut kuruluşu
OrgBewoners = semt sakinleri derneği
OrgAnders = başka kuruluş
NoteOrganisatie = sadece benim kuruluşum
NoteProfessionals = tüm profesyoneller
NoteOpenbaar = herkese açık
ClaimLead = irtibat kişisi
ClaimSupporting = yardımcı
TimelineClaimLead = fikri irtibat kişisi olarak üstlendi
TimelineClaimSupporting = yardımcı olarak katılıyor
TimelineRelease = fikri bıraktı
TimelineStatus = durumu değiştirdi
AdminInviteTitle = Profesyonel davet et
AdminInviteRole = Rol
AdminInviteFunction = Görev
AdminInviteOrganisation = Kuruluş
AdminInviteWerkgebied = Çalışma alanı
AdminInviteWerkgebiedHint = Bu profesyonelin çalıştığı semtleri seçin. Bir profesyonel ya da editör için en az bir semt gerekir.
AdminInviteWijkFilter = Semt ara
AdminInviteMade = Davet oluşturuldu. E-posta gönderimi ayarlı değil: bağlantıyı kendiniz iletin.
AdminInviteMailed = Davet oluşturuldu ve e-postayla gönderildi. Bağlantıyı kendiniz de iletebilirsiniz.
AdminInviteExistingResident = Dikkat: bu adres, var olan bir semt sakini hesabına ait. Kişi daveti kabul ederse bu hesap bir profesyonel hesabı olur. Adı, fikirleri ve yorumları kalır.
AdminInviteExistingProfessional = Dikkat: bu adres, burada zaten çalışan birine ait. Kişi daveti kabul ederse hesap, bu davetteki rolü, kuruluşu ve semtleri alır.
AdminInviteCopy = Bağlantıyı kopyala
AdminInviteCopied = Kopyalandı.
AdminInviteValid =
    { $days ->
        [one] Bağlantı tek bir kez ve { $days } gün boyunca kullanılabilir.
       *[other] Bağlantı tek bir kez ve { $days } gün boyunca kullanılabilir.
    }
AdminInviteSubmit = Davet oluştur
AdminInviteLink = Davet bağlantısı
AdminInviteLanguage = Davetin dili
AdminInviteLanguageHint = E-posta ve davet sayfası bu dilde olur. Bu adresin zaten bir hesabı var mı? O zaman e-posta o hesabın dilinde gider.
HandoverStatusOpen = cevap bekleniyor
HandoverStatusAccepted = devralındı
HandoverStatusDeclined = devralınmadı
HandoverStatusWithdrawn = geri çekildi
TimelineHandover = fikri devraldı (önceki sorumlu: { $previous })
NotifComment = { $actor }, ‘{ $title }’ fikrine yorum yaptı
NotifCommentAnonymous = ‘{ $title }’ fikrine yeni yorum
NotifStatus = ‘{ $title }’ fikrinin yeni durumu: { $status }
NotifWardIdeasOne = { $wijk } semtinde yeni fikir: ‘{ $title }’
NotifWardIdeasMany =
    { $count ->
        [one] { $wijk } semtinde { $count } yeni fikir: ‘{ $title }’
       *[other] { $wijk } semtinde { $count } yeni fikir. En yenisi: ‘{ $title }’
    }
NotifHandoverOffered = { $actor }, ‘{ $title }’ fikrini size devretmek istiyor. Devralıyor musunuz?
NotifHandoverAccepted = { $actor }, ‘{ $title }’ fikrini sizden devraldı
NotifHandoverDeclined = { $actor }, ‘{ $title }’ fikrini devralmıyor. Sorumlu hâlâ sizsiniz.
NotifNewContact = ‘{ $title }’ fikri için yeni irtibat kişiniz: { $actor }
NotifSupportsOne = Biri ‘{ $title }’ fikrinizi destekliyor
NotifSupportsMany =
    { $count ->
        [one] { $count } kişi ‘{ $title }’ fikrinizi destekliyor
       *[other] { $count } kişi ‘{ $title }’ fikrinizi destekliyor
    }
NotifUncoveredIdea = { $wijk } semtinde yeni fikir: ‘{ $title }’. Bu semtte henüz hiçbir profesyonel çalışmıyor.
NotifMessage = { $actor }, ‘{ $title }’ fikri hakkında size mesaj gönderdi
NotifClaimStalled = ‘{ $title }’ fikrinde uzun zamandır hiçbir şey olmadı. Fikri güncelleyin, devredin ya da bırakın.
ErrResponderUnknown = Listeden bir profesyonel ya da bir kuruluş seçin.
ErrDisplayNameRole = Görev ya da kuruluş adı içermeyen bir ad seçin. Burada çalışan birinin görevi, adının yanında zaten kendiliğinden görünür.
ErrReleaseReasonRequired = Fikri neden bıraktığınızı kısaca yazın. Fikir sahibi ve fikri takip eden herkes bunu okur.
ErrReleaseReasonTooLong = Gerekçe çok uzun: en fazla 2000 karakter kullanın.
ErrTitleEmpty = Fikrinize bir başlık verin.
ErrTitleTooShort = Başlık çok kısa: en az 5 karakter kullanın.
ErrTitleTooLong = Başlık çok uzun: en fazla 120 karakter kullanın.
ErrDescriptionEmpty = Fikrinizi birkaç cümleyle anlatın.
ErrDescriptionTooLong = Açıklama çok uzun: en fazla 4000 karakter kullanın.
ErrControlCharacters = Metinde kaydedemediğimiz görünmez karakterler var.
ErrCoordinatesInvalid = Haritadaki bu yer geçerli değil. İşareti yeniden koyun ya da bir mahalle seçin.
ErrLocationMissing = Haritaya bir işaret koyun ya da bir mahalle seçin.
ErrOutsideWards = Bu yer Lahey'in semtlerinin dışında. Belediye sınırları içinde bir yer seçin.
ErrCategoryUnknown = Listeden bir konu seçin.
ErrWardCodeInvalid = Böyle bir semt kodu yok.
ErrEmailInvalid = Geçerli bir e-posta adresi yazın, örneğin isim@ornek.nl.
ErrEmailTaken = Bu e-posta adresiyle zaten bir hesap var. Giriş yapın ya da başka bir adres kullanın.
ErrDisplayNameTooShort = En az 2 karakterlik bir ad yazın.
ErrDisplayNameTooLong = Bu ad çok uzun: en fazla 60 karakter kullanın.
ErrPasswordTooShort = Şifre çok kısa: en az 10 karakter kullanın.
ErrPasswordTooLong = Şifre çok uzun: en fazla 256 karakter kullanın.
ErrPasswordCommon = Bu şifre çok sık kullanılıyor ve kolayca tahmin edilebilir. Başka bir şifre seçin.
ErrLoginFailed = Bu e-posta adresi ile bu şifre birbirine uymuyor.
ErrTooManyAttempts = Çok fazla başarısız deneme oldu. 15 dakika bekleyin, sonra yeniden deneyin.
ErrLoginRequired = Önce giriş yapın.
ErrCrossSite = Bu istek başka bir web sitesinden geldi ve reddedildi.
ErrNotFound = Aradığınız şey bulunamadı. Silinmiş olabilir.
ErrMalformedRequest = İstek eksik ya da hatalı.
ErrTooLarge = İstek çok büyük.
ErrNetwork = Sunucuya bağlanılamadı. Yeniden deneyin.
ErrCommentEmpty = Önce bir yorum yazın.
ErrCommentTooLong = Bu yorum çok uzun: en fazla 2000 karakter kullanın.
ErrOwnIdeaSupport = Kendi fikrinizi destekleyemezsiniz. Komşularınızdan destek isteyin!
ErrIdeaClosedForSupport = Bu fikir tamamlandı ya da geri çekildi. Artık desteklenemez.
ErrIdeaHidden = Bu fikir bir moderatör tarafından gizlendi. Şu anda yorum yapılamaz.
ErrReplyTargetInvalid = Cevap verdiğiniz yorum bu fikirde yok.
ErrCommentNotYours = Sadece kendi yorumlarınızı düzenleyebilir ya da silebilirsiniz.
ErrCommentEditExpired = Bir yorum, paylaşıldıktan sonraki 15 dakika içinde düzenlenebilir. Bu süre geçti.
ErrAlreadyFollowing = Bunu zaten takip ediyorsunuz.
ErrNotFollowing = Bunu takip etmiyorsunuz.
ErrFrequencyUnknown = Ne sıklıkla e-posta almak istediğinizi seçin.
ErrTransitionNotAllowed = Şu anki durumdan bu duruma geçilemez.
ErrExplanationRequired = Nedenini birkaç kelimeyle açıklayın. Bu açıklama herkese açıktır.
ErrMergeTargetRequired = Bu fikrin birleştirileceği fikri seçin.
ErrReferralRequired = Fikrin nereye yönlendirildiğini yazın.
ErrClaimInstead = Fikre ‘Üstlenildi’ durumunu vermek için fikri üstlenin.
ErrProfessionalsOnly = Bunu sadece bu semtte çalışan bir profesyonel yapabilir.
ErrOutsideWerkgebied = Bu semt, çalışma alanınıza dahil değil.
ErrLeadOnly = Bunu sadece bu fikrin sorumlusu yapabilir.
ErrAuthorOnly = Bunu sadece fikir sahibi yapabilir.
ErrNoOrganisation = Henüz bir kuruluşa bağlı değilsiniz. Bu yüzden kuruluşunuz için not yazamazsınız.
ErrAdministratorsOnly = Bunu sadece bir yönetici yapabilir.
ErrAlreadyLead = Bu fikrin zaten bir sorumlusu var. Yardımcı olarak katılabilirsiniz.
ErrAlreadyClaimed = Bu fikir üzerinde zaten çalışıyorsunuz.
ErrNotClaimed = Bu fikir üzerinde çalışmıyorsunuz.
ErrIdeaClosed = Bu fikir tamamlandı. Önce fikri yeniden açın.
ErrNoteEmpty = Önce bir not yazın.
ErrNoteTooLong = Bu not çok uzun: en fazla 4000 karakter kullanın.
ErrVisibilityUnknown = Notun kimin için olduğunu seçin.
ErrInvitationInvalid = Böyle bir davet yok. Bağlantının tamamını kullandığınızı kontrol edin ya da yöneticiden yeni bir davet isteyin.
ErrInvitationUsed = Bu davet zaten kullanıldı. Daveti kendiniz mi kabul ettiniz? O zaman hesabınızla giriş yapın.
ErrInvitationExpired = Bu davetin süresi doldu. Yöneticiden yeni bir davet isteyin.
ErrInvitationRevoked = Bu davet geri çekildi. Bir yanlışlık olduğunu düşünüyorsanız yöneticiye sorun.
ErrWerkgebiedEmpty = Bu profesyonelin çalıştığı en az bir semt seçin.
ErrOrganisationNameTaken = Bu adla zaten bir kuruluş var.
ErrOrganisationNameInvalid = Kuruluşa 2 ile 120 karakter arasında bir ad verin.
ErrKindUnknown = Kuruluşun türünü seçin.
ErrRoleUnknown = Bir rol seçin.
ErrLanguageUnknown = Listeden bir dil seçin.
ErrFunctionUnknown = Bir görev seçin.
ErrMergeTargetInvalid = Bu fikrin birleştirileceği fikir yok ya da o fikir de tamamlanmış.
ErrHandoverToProfessionalsOnly = Bir fikri sadece bir profesyonele devredebilirsiniz.
ErrHandoverToSelf = Sorumlu zaten sizsiniz. Başka birini seçin.
ErrHandoverReceiverOutside = Bu profesyonel, bu fikrin semtinde çalışmıyor.
ErrHandoverNotYours = Bu devir size önerilmedi.
ErrHandoverOpen = Bu fikir için zaten açık bir devir önerisi var. Cevabı bekleyin.
ErrHandoverAnswered = Bu devir önerisi zaten cevaplandı ya da geri çekildi.
ErrHandoverNoteEmpty = Bir devir notu yazın: semt sakiniyle yapılan anlaşmalar, açık işler, iletişimdeki kişiler.
ErrHandoverNoteTooLong = Bu devir notu çok uzun: en fazla 4000 karakter kullanın.
ErrHandoverReceiverUnknown = Fikri kime devrettiğinizi seçin.
ErrWorkbenchListUnknown = Çalışma masasında böyle bir liste yok.
ErrEditOnlyWhileSubmitted = Fikrinizi sadece henüz kimse üstlenmemişken düzenleyebilirsiniz.
ErrMessagesResidentsOnly = Burada sadece semt sakinleri mesaj gönderir. Profesyonel olarak siz bir not yazın.
ErrNoContactPerson = Bu fikrin henüz bir irtibat kişisi yok. Biri fikri üstlendiğinde mesaj gönderebilirsiniz.
ErrMessageEmpty = Önce mesajınızı yazın.
ErrMessageTooLong = Bu mesaj çok uzun: en fazla 2000 karakter kullanın.
ErrConversationUnknown = Bu semt sakini, bu fikir hakkında henüz mesaj göndermedi.
TimelineEdited = fikri düzenledi
ErrNotAProfessional = Bu hesap bir profesyonel hesabı değil.
ErrStillLeadsIdeas = Bu kişi hâlâ bazı fikirlerin irtibat kişisi. Önce bu fikirleri devredin (aşağıda: Tüm fikirleri devret).
DoneCommentDeleted = Yorumunuz silindi.
ErrInternal = Bizim tarafımızda bir sorun oluştu. Daha sonra yeniden deneyin.
AppName = Wijkidee
AppTagline = Semtiniz için sakinlerin fikirleri, birlikte hayata geçiyor
Municipality = Lahey
SkipToContent = İçeriğe geç
# The label of the list of languages in the header (each language is named in itself).
LanguageNavLabel = Dil
ListSeparator = {", "}
NavIdeas = Fikirler
NavWards = Semtler
NavLogin = Giriş yap
NavRegister = Hesap oluştur
NavLogout = Çıkış yap
NavMainLabel = Ana menü
LoggedInAs = Giriş yapan:
FooterCredits = Harita verileri © Kadaster · Semt ve mahalle sınırları: Kadaster / Centraal Bureau voor de Statistiek
FooterLicence = Wijkidee açık kaynaklıdır (EUPL-1.2).
HomeTitle = Lahey için fikirler
HomeIntro = Mahalleniz için bir fikriniz mi var? Haritaya ekleyin. Komşularınız fikrinize katkıda bulunabilir. Semtte çalışan profesyoneller de fikrin gerçekleşmesine yardım eder.
MapLabel = Fikirleri gösteren semt haritası
IdeaListTitle = Tüm fikirler
IdeaListEmpty = Henüz fikir yok. İlk fikri siz paylaşın!
NewIdeaLoginFirst = Fikir paylaşmak için giriş yapın ya da bir hesap oluşturun.
IdeaBy = Yazan:
IdeaPostedOn = Paylaşım tarihi:
IdeaLocation = Konum
IdeaWard = Semt
IdeaBuurt = Mahalle
IdeaCategory = Konu
IdeaStatus = Durum
BackToMap = Haritaya dön
WardsTitle = Lahey'in semtleri
WardsIntro = Fikirlerini görmek için bir semt seçin.
WardIdeasTitle = Bu semtteki fikirler
WardNoIdeas = Bu semtte henüz fikir yok.
WardBuurten = Mahalleler
WardOnMap = Bu fikirleri haritada arayın ve filtreleyin
WardAllIdeas =
    { $count ->
        [one] Bu semtteki tek fikri listede görün
       *[other] Bu semtteki { $count } fikrin hepsini listede görün
    }
LoginTitle = Giriş yap
RegisterTitle = Hesap oluştur
RegisterIntro = Hesabınız olunca fikir paylaşabilirsiniz. Sadece gerekli olanı soruyoruz: giriş yapmak için e-posta adresiniz ve başkalarının göreceği bir ad.
FieldPassword = Şifre
FieldPasswordHint = En az 10 karakter. Birkaç kelimelik bir cümle hem güçlü bir şifredir hem de kolay akılda kalır.
FieldDisplayName = Başkalarının göreceği ad
FieldDisplayNameHint = Adınız ya da bir takma ad yeterli.
SubmitLogin = Giriş yap
SubmitRegister = Hesap oluştur
NoAccountYet = Henüz hesabınız yok mu?
HaveAccount = Zaten hesabınız var mı?
NotFoundTitle = Sayfa bulunamadı
NotFoundText = Bu sayfa yok ya da artık yok. Adres yanlış yazılmış olabilir.
IdeaCountAtLeast =
    { $count ->
        [one] { $count } fikirden fazla
       *[other] { $count } fikirden fazla
    }
EnoughSupportExplain = Bu fikir yeterli destek aldı. Semtteki profesyoneller bunu hemen görür.
SupportStillNeeded =
    { $count ->
        [one] Yeterli destek için { $count } destek daha gerekiyor.
       *[other] Yeterli destek için { $count } destek daha gerekiyor.
    }
SupportButton = Bu fikri destekle
WithdrawSupportButton = Desteği geri çek
YouSupport = Bu fikri destekliyorsunuz.
SupportLoginFirst = Bu fikri desteklemek ya da takip etmek için giriş yapın.
SupportOwnIdea = Bu sizin fikriniz. Komşularınızdan destek isteyin!
SupportClosed = Artık desteklenemez: bu fikir tamamlandı ya da geri çekildi.
FollowButton = Takip et
UnfollowButton = Takibi bırak
FollowingNote = Bu fikri takip ediyorsunuz: yeni bir yorum geldiğinde ya da durumu değiştiğinde bildirim alırsınız.
FollowWijkButton = Bu semti takip et
UnfollowWijkButton = Bu semtin takibini bırak
FollowWijkNote = Bu semti takip ederseniz, yeni fikirler geldiğinde bildirim alırsınız.
ParticipationLabel = Destek ve takip
NavNotifications = Bildirimler
UnreadLabel = okunmamış bildirim
FilterTitle = Ara ve filtrele
FilterSearch = Arama kelimeleri
FilterWijk = Semt
FilterAllWijken = Tüm semtler
FilterCategory = Konu
FilterAllCategories = Tüm konular
FilterStatus = Durum
FilterAllStatuses = Tüm durumlar
FilterSort = Sıralama
SortNewest = Önce en yeniler
SortMostSupported = En çok destek alanlar
SortMostDiscussed = En çok yorum alanlar
FilterApply = Fikirleri göster
FilterClear = Filtreleri temizle
FilteredIdeas = Bulunan fikirler
PagePrevious = Önceki
PageNext = Sonraki
PageOf =
    { $count ->
        [one] Sayfa { $page } / { $count }
       *[other] Sayfa { $page } / { $count }
    }
PagerLabel = Sayfalar
SearchTooShort = Aramak için en az 2 harf yazın. Aşağıdaki liste, kelimelere göre filtrelenmedi.
NoMatches = Fikir bulunamadı. Başka arama kelimeleri deneyin ya da filtreleri temizleyin.
WorkTitle = Bu fikir üzerinde kim çalışıyor?
WorkUncoveredProfessional = Henüz üstlenilmedi. Bu semtte henüz Wijkidee'de çalışan bir profesyonel yok. Böyle semtlerden gelen fikirleri { $who } okuyor ve bu fikri üstlenebilir.
WorkUncoveredTeam = Henüz üstlenilmedi. Bu semtte henüz Wijkidee'de çalışan bir profesyonel yok. Böyle semtlerden gelen fikirleri bir kuruluşun ekibi okuyor ve bu fikri üstlenebilir. Kuruluş: { $organisation }.
WorkUncoveredNobody = Henüz üstlenilmedi. Bu semtte henüz Wijkidee'de çalışan bir profesyonel yok. Bu fikirleri okumak için de henüz kimse görevlendirilmedi. Wijkidee yöneticisi, bu fikrin beklediğini görüyor.
WorkNobody = Henüz üstlenilmedi. Semtte çalışan profesyoneller bu fikri üstlenebilir.
ReleaseReason = Fikri neden bırakıyorsunuz?
ReleaseReasonHint = Bu, fikrin sayfasında herkese açık görünür. Fikir sahibi ve fikri takip edenler bunu okur.
ReleaseConfirm = Bırak
WorkLeadBy = Üstlenen:
WorkSupportedBy = Yardım eden:
ClaimLeadButton = Sorumlu olarak üstlen
ClaimSupportingButton = Yardımcı olarak katıl
ReleaseButton = Bırak
StatusChangeTitle = Durumu değiştir
StatusNew = Yeni durum
StatusChoose = Bir durum seçin
StatusExplanation = Açıklama (herkese açık)
StatusExplanationNeededFor = Bu açıklamayı herkes okur. Şu durumlar için zorunludur: { $statuses }.
StatusMergedInto = Birleştirildiği fikir (numara)
StatusReferredTo = Yönlendirildiği yer
StatusChangeSubmit = Durumu değiştir
NotesTitle = Notlar
NotesEmpty = Henüz not yok.
NoteField = Yeni not
NoteVisibilityLabel = Bunu kim okuyabilir?
NoteSubmit = Notu ekle
TimelineTitle = Zaman çizelgesi
TimelineFromTo = önceki: { $from }, yeni: { $to }
TimelineMergedInto = Birleştirildiği fikir:
TimelineReferredTo = Yönlendirildiği yer:
InvitationTitle = Wijkidee'ye davet
InvitationIntro = Wijkidee'de profesyonel olarak çalışmaya davet edildiniz.
InvitationFor = Davet edilen:
InvitationAccept = Daveti kabul et
InvitationAccepted = Hoş geldiniz! Hesabınız hazır.
InvitationHasAccount = Bu adresle zaten bir hesabınız var mı? O zaman şifrenizi yazın. Adınız değişmez.
AdminTitle = Yönetim
AdminOrganisations = Kuruluşlar
AdminNewOrganisation = Yeni kuruluş
AdminOrganisationName = Ad
AdminOrganisationKind = Tür
AdminCreate = Ekle
AdminOpenInvitations = Açık davetler
AdminNoOpenInvitations = Açık davet yok.
AdminInvitedBy = Davet eden: { $name }, tarih:
AdminInvitationUntil = son geçerlilik tarihi:
AdminInvitationLanguage = Dil:
AdminRevokeInvitation = Geri çek
AdminInvitationRevoked = Davet geri çekildi. Bağlantı artık çalışmıyor.
AdminOnly = Bu sayfa yöneticiler içindir.
NavWorkbench = Çalışma masası
NavAdmin = Yönetim
BenchTitle = Çalışma masası
BenchIntro = Semtlerinizdeki açık fikirler: henüz kimsenin üstlenmediği fikirler, hareketsiz kalanlar, kuruluşların birlikte çalıştığı fikirler ve yeterli destek alanlar.
BenchNoWerkgebied = Henüz bir çalışma alanınız yok. Bir yöneticiden semtlerinizi eklemesini isteyin.
BenchLoginFirst = Çalışma masası profesyoneller içindir. İş hesabınızla giriş yapın.
BenchUnclaimed = Üstlenilmedi
BenchStalled = Hareketsiz
BenchSeveralOrganisations = Birden fazla kuruluş
BenchEnoughSupport = Yeterli destek
BenchOpen =
    { $count ->
        [one] { $count } açık fikir
       *[other] { $count } açık fikir
    }
BenchByOrganisation = Kuruluşa göre
BenchUncoveredWijk = Burada henüz hiçbir profesyonel çalışmıyor. Profesyoneli olmayan tüm semtlerde olduğu gibi, bu semtin fikirlerini de siz okuyorsunuz.
BenchByProfessional = Profesyonele göre
BenchAllWijken = tüm semtleriniz
BenchListTitle = { $list } – { $wijk }
BenchListEmpty = Bu listede fikir yok.
BenchStalledHint =
    { $days ->
        [one] Hareketsiz: sorumlu { $days } gündür hiçbir şey yapmadı.
       *[other] Hareketsiz: sorumlu { $days } gündür hiçbir şey yapmadı.
    }
BenchSilentDays =
    { $days ->
        [one] { $days } gündür sessiz
       *[other] { $days } gündür sessiz
    }
BenchLead = Sorumlu
BenchSupports = Destek
BenchSubmitted = Gönderilme tarihi
BenchCloseList = Listeyi kapat
HandoverInbox = Size önerilen devirler
HandoverFrom = Gönderen: { $name } · Fikir: ‘{ $title }’ · Semt: { $wijk }
HandoverAccept = Devral
HandoverDecline = Reddet
HandoverWithdraw = Öneriyi geri çek
HandoverTitle = Devret
HandoverIntro = Bu fikri semtteki bir meslektaşınıza devredin. Meslektaşınız kabul ettiği anda sorumlu olur. Fikir sahibine, yeni irtibat kişisinin kim olduğu bildirilir.
HandoverTo = Kime
HandoverChoose = Bir meslektaş seçin
HandoverNote = Devir notu (sadece ikiniz okursunuz)
HandoverNoteHint = Semt sakiniyle yapılan anlaşmalar, açık işler, iletişimdeki kişiler.
HandoverSubmit = Devri öner
HandoverNoColleagues = Bu semtte, fikri devredebileceğiniz başka bir profesyonel yok.
HandoversTitle = Devirler
HandoverFromTo = { $from } → { $to }
AdminProfessionals = Profesyoneller
AdminLeads =
    { $count ->
        [one] { $count } fikrin sorumlusu
       *[other] { $count } fikrin sorumlusu
    }
AdminUncoveredTitle = Profesyoneli olmayan semtler
AdminUncoveredSummary = Profesyoneli olmayan semtler: { $wijken }. Orada bekleyen açık fikirler: { $ideas }.
AdminUncoveredIntro = Bu semtlerden gelen fikirleri kimin okuyup üstleneceğini seçin: tek bir profesyonel ya da bir kuruluşun ekibi. Seçilenler bu fikirleri çalışma masalarında görür ve her yeni fikirde bildirim alır. Fikir sahibi, fikri kimin okuduğunu fikrin sayfasında görür.
AdminResponder = Profesyoneli olmayan semtlerden gelen fikirleri kim okuyor?
AdminResponderNobody = Henüz kimse
AdminOrganisationTeams = Bir kuruluşun ekibi
AdminResponderSubmit = Kaydet
AdminResponderSaved = Kaydedildi.
AdminOpenIdeas = Açık fikirler
AdminBulkTitle = Tüm fikirleri devret
AdminBulkIntro = Biri işten mi ayrılıyor? Onun tüm fikirlerini aynı notla tek seferde devredin. Fikir sahiplerine, yeni irtibat kişilerinin kim olduğu bildirilir.
AdminBulkFrom = Kimden
AdminBulkTo = Kime
AdminBulkNote = Devir notu (yeni sorumlu için)
AdminBulkSubmit = Hepsini devret
AdminBulkDone =
    { $count ->
        [one] Devredildi: { $count } fikir.
       *[other] Devredildi: { $count } fikir.
    }
MailInvitationSubject = Wijkidee'ye davet edildiniz
MailInvitationBody =
    Merhaba,

    Wijkidee'de { $what } olarak çalışmaya davet edildiniz. Wijkidee'de semt sakinleri semtleri için fikirlerini paylaşır. Profesyoneller de bu fikirleri sakinlerle birlikte hayata geçirir.

    Hesabınızı oluşturmak ya da var olan hesabınızı bağlamak için bu bağlantıyı açın:
    { $link }

    Bağlantı tek bir kez ve { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    } boyunca çalışır.

    Wijkidee'yi tanımıyor musunuz ya da bu e-postayı beklemiyor muydunuz? O zaman bu e-postayı dikkate almayın.
MailSubject = Wijkidee: { $text }
MailDirectIntro =
    Merhaba,

    Wijkidee'de takip ettiğiniz bir konuda yenilik var:
MailDigestSubject =
    { $count ->
        [one] Wijkidee: bugünkü özetiniz ({ $count })
       *[other] Wijkidee: bugünkü özetiniz ({ $count })
    }
MailDigestIntro =
    Merhaba,

    Önceki özetinizden bu yana Wijkidee'de takip ettiğiniz konularda olanlar:
MailFooter =
    Bu e-postayı, Wijkidee'de bu konuyu takip ettiğiniz için alıyorsunuz. Ne sıklıkla e-posta alacağınızı buradan ayarlayabilirsiniz: { $settings }
    Artık e-posta istemiyor musunuz? Tek tıkla abonelikten çıkın: { $unsubscribe }
NavMyIdeas = Fikirlerim
MyIdeasTitle = Fikirlerim
MyAccountHeading = Hesabınız
MyAccountName = Ad
MyAccountEmail = E-posta adresi
MyAccountEmailPrivate = E-posta adresinizi sadece siz görürsünüz. Başkaları sadece adınızı görür.
MyNotificationSettings = Bildirim ve e-posta ayarları
MyIdeasWritten = Yazdığınız fikirler
MyIdeasSupported = Desteklediğiniz fikirler
MyIdeasFollowed = Takip ettiğiniz, başkalarına ait fikirler
MyIdeasNoneWritten = Henüz bir fikir paylaşmadınız.
MyIdeasPostOne = Fikir paylaş
MyIdeasNoneSupported = Henüz hiçbir fikri desteklemiyorsunuz.
MyIdeasNoneFollowed = Henüz başkalarının fikirlerini takip etmiyorsunuz.
OwnIdeaTitle = Kendi fikriniz
OwnIdeaIntro = Fikrinizi henüz kimse üstlenmediyse onu düzenleyebilir ya da geri çekebilirsiniz.
EditIdeaSummary = Fikri düzenle
FieldOtherBuurt = Başka mahalle
FieldOtherBuurtHint = Yeri değiştirmek istemiyorsanız boş bırakın.
KeepPlace = Aynı yerde kalsın
SaveIdeaButton = Değişiklikleri kaydet
WithdrawIdeaSummary = Fikri geri çek
WithdrawReasonLabel = Fikrinizi neden geri çekiyorsunuz?
WithdrawReasonHint = Bu, fikrinizin sayfasında herkese açık görünür. Böylece fikrinizi destekleyenler nedenini bilir.
WithdrawIdeaButton = Evet, fikrimi geri çek
MessagesTitle = Mesajlar
MessagesIntro = Sorunuzu irtibat kişisine sorun: { $contact }. Mesajları sadece bu fikir üzerinde çalışan profesyoneller okur. E-posta adresiniz gizli kalır.
MessagesNoContactYet = Bir profesyonel bu fikri üstlendiğinde, ona buradan mesaj gönderebilirsiniz.
MessagesLoginFirst = Bu fikrin irtibat kişisine mesaj göndermek için giriş yapın.
MessageFieldLabel = Mesajınız
SendMessageButton = Mesaj gönder
MessagesFromResidents = Semt sakinlerinden gelen mesajlar
MessagesFromResidentsIntro = Bunu sadece semt sakini ve bu fikir üzerinde çalışan profesyoneller okur.
MessagesConversationWith = { $name } ile konuşma
AnswerFieldLabel = { $name } için cevabınız
AnswerButton = Cevabı gönder
MessagesNone = Henüz mesaj yok.
MessagesYou = siz
AdminEditProfessional = Değiştir
AdminEditProfessionalTitle = Bilgileri değiştir: { $name }
AdminSaveProfessional = Kaydet
AdminNoOrganisation = Kuruluş yok
AdminWerkgebied = Çalışma alanı
AdminDeactivateProfessional = Devre dışı bırak
AdminDeactivateProfessionalExplain = Bundan sonra { $name } profesyonel olarak çalışamaz. Hesap, semt sakini hesabı olarak kalır. Yazdıkları silinmez.
AdminDeactivateConfirm = Evet, devre dışı bırak
AdminDeactivateLeadsFirst =
    { $count ->
        [one] { $name } hâlâ { $count } fikrin irtibat kişisi. Önce bu fikri ‘Tüm fikirleri devret’ ile devredin.
       *[other] { $name } hâlâ { $count } fikrin irtibat kişisi. Önce bu fikirleri ‘Tüm fikirleri devret’ ile devredin.
    }
AdminDeactivateOrganisation = Devre dışı bırak
AdminDeactivateOrganisationExplain = Kuruluş: { $name }. Bundan sonra bu kuruluşun profesyonellerinin hiçbiri profesyonel olarak çalışamaz. Önce onların fikirlerini devredin.
AdminOrganisationDeactivated = Kuruluş devre dışı bırakıldı.
DoneSupported = Artık bu fikri destekliyorsunuz.
DoneSupportWithdrawn = Desteğiniz geri çekildi.
DoneFollowed = Artık bunu takip ediyorsunuz. Bir şey değiştiğinde bildirim alırsınız.
DoneUnfollowed = Artık bunu takip etmiyorsunuz.
DoneClaimed = Fikri üstlendiniz.
DoneReleased = Fikri bıraktınız.
DoneStatusChanged = Durum değiştirildi.
DoneNoteAdded = Notunuz eklendi.
DoneHandoverOffered = Devir önerildi.
DoneHandoverAccepted = Fikri devraldınız.
DoneHandoverDeclined = Devri reddettiniz.
DoneHandoverWithdrawn = Devir önerisi geri çekildi.
DoneMessageSent = Mesajınız gönderildi.
DoneIdeaEdited = Fikriniz düzenlendi.
DoneIdeaWithdrawn = Fikriniz geri çekildi.
DoneDeactivated = Devre dışı bırakıldı.
DoneSaved = Kaydedildi.

## Open data (issue 11): the page /open-data, the Atom feeds and the DCAT description
FooterOpenData = Açık veri
FeedLinkTitle = Bu sayfadaki yenilikler (Atom)
FeedCityTitle = Yeni fikirler ve ilerleme · { $publisher }
FeedWijkTitle = { $wijk } mahallesinde yeni fikirler ve ilerleme
FeedIdeaTitle = “{ $title }” fikrinin ilerlemesi
FeedSubmitted = Yeni fikir: { $title }
FeedStatusChanged = “{ $title }”: { $status }
FeedStatusContent = Durum “{ $from }” iken “{ $to }” oldu.
FeedStatusBy = Yapan: { $role }.
OpenDataTitle = Açık veri
OpenDataIntro = Herkese açık tüm fikirler açık veridir. Herkes bunları kullanabilir, kendi web sitesinde veya uygulamasında da.
OpenDataPrivacy = İçinde kişisel hiçbir şey yok: sakinlerin adları veya e-posta adresleri, profesyonellerin notları ve gizlenmiş fikirler yer almaz.
OpenDataLicence = Lisans
OpenDataPublisher = Yayıncı
OpenDataIdeasHeading = Tüm fikirler dosya olarak
OpenDataGeojson = Haritalar ve CBS programları için: koordinatları WGS84 olan GeoJSON.
OpenDataCsv = Tablolar için: UTF-8 kodlu CSV, her satırda bir fikir.
OpenDataFiltersHeading = Fikirlerin yalnızca bir kısmı
OpenDataFiltersIntro = Adresin sonuna bu parametrelerden bir veya birkaçını ekleyin. Bilinmeyen veya yanlış bir parametre, sorunu açıklayan bir hata (400) verir.
OpenDataParameter = Parametre
OpenDataMeaning = Anlamı
OpenDataExample = Örnek
OpenDataParamWijk = Bir mahallenin veya semtin kodu (CBS).
OpenDataParamStatus = Fikrin durumu.
OpenDataParamCategory = Fikrin konusu.
OpenDataParamSince = Bu tarihte veya sonrasında gönderilmiş.
OpenDataParamBbox = Bir dikdörtgenin içinde: batı, güney, doğu, kuzey, derece olarak (WGS84).
OpenDataStatusCodes = Durum kodları
OpenDataCategoryCodes = Konu kodları
OpenDataFeedsHeading = Haberdar olun (Atom)
OpenDataFeedsIntro = Yeni fikirler ve durum değişiklikleri, bir akış okuyucusu için. Her mahalle ve fikir sayfasının da kendi akışı vardır.
OpenDataFeedCity = Tüm belediye
OpenDataFeedWijk = Bir mahalle: { $wijk }
OpenDataFeedIdea = Bir fikir
OpenDataWardsHeading = Mahallelerin sınırları
OpenDataWards = Tüm mahallelerin sınırları, GeoJSON olarak. Kaynak: Kadaster / Hollanda İstatistik Kurumu (CBS).
OpenDataCatalogHeading = Veri kayıtları için açıklama
OpenDataCatalog = Verileri data.overheid.nl kaydına eklemek için DCAT-AP'ye uygun bir açıklama (JSON-LD).
OpenDataCaching = Her yanıtın bir ETag'i ve bir Last-Modified'ı vardır. If-None-Match ile tekrar sorarsanız, hiçbir şey değişmediyse 304 alırsınız. Başka web siteleri verileri doğrudan alabilir (CORS).
DcatCatalogTitle = Wijkidee: açık veri
DcatDatasetTitle = Sakinlerin mahalleleri için fikirleri
DcatDatasetDescription = Sakinlerin mahalleleri veya semtleri için gönderdiği fikirler; yeri, konusu, durumu, desteği ve yorum sayısıyla. Kişisel veri içermez.

## The categories a new installation starts with (a category a municipality adds keeps its own name)
CategoryGroen = Yeşil alanlar
CategorySpelen = Oyun
CategoryVerkeer = Trafik ve güvenlik
CategoryOntmoeten = Buluşma
CategorySchoon = Temiz ve bakımlı
CategoryCultuur = Kültür
CategoryAnders = Diğer

## Open311 keys on /beheer (issue 11)
AdminApiKeys = Bağlantılar (Open311)
AdminApiKeysIntro = Bir bildirim uygulaması gibi başka sistemler Open311 üzerinden fikir gönderebilir. Her sisteme kendi anahtarını verin. Bir sistem durduğunda anahtarını iptal edin.
AdminApiKeyName = Sistemin adı
AdminApiKeyIssue = Anahtar oluştur
AdminApiKeyIssued = { $name } için anahtar aşağıda. Şimdi kopyalayın: yalnızca bir kez gösterilir.
AdminApiKeyLabel = Anahtar
AdminApiKeyIdeas = gönderilen fikirler: { $count }
AdminApiKeyRevoke = Anahtarı iptal et
AdminApiKeyRevoked = Anahtar iptal edildi.
AdminApiKeyRevokedOn = iptal tarihi
AdminNoApiKeys = Henüz anahtar yok.

## Progress on an idea: milestones, percentage, updates (issue 11)
ProgressTitle = İlerleme
ProgressPercent = %{ $percent } tamamlandı
ProgressByHand = (uzman tarafından tahmin edildi)
ProgressNone = Henüz aşama yok.
MilestoneStateDone = tamamlandı
MilestoneStateOpen = henüz tamamlanmadı
MilestonePlannedOn = planlanan tarih: { $date }
MilestoneDoneOn = tamamlandığı tarih: { $date }
MilestoneAddTitle = Aşama ekle
MilestoneTitleField = Ne yapılacak?
MilestonePlannedField = Planlanan tarih
MilestoneAddSubmit = Aşama ekle
MilestoneMarkDone = Tamamlandı
MilestoneReopen = Aslında tamamlanmadı
MilestoneMove = Başka tarih
MilestoneNewDay = Yeni planlanan tarih
MilestoneMoveSubmit = Tarihi değiştir
MilestoneRemove = Sil
UpdateTitle = İlerleme mesajı yaz
UpdateField = Mesaj
UpdateHint = Bunu herkes okuyabilir. Fikri takip edenler bildirim alır.
UpdateSubmit = Mesajı yayınla
ProgressSetTitle = İlerlemeyi kendin tahmin et
ProgressPercentField = Tamamlanan yüzde (0 ile 100 arası)
ProgressPercentHint = İlerleme yeniden aşamalardan hesaplansın istiyorsan boş bırak.
ProgressReasonField = Neden bu yüzde?
ProgressSetSubmit = İlerlemeyi kaydet
DoneMilestoneAdded = Aşama eklendi.
DoneMilestoneDone = Aşama tamamlandı olarak işaretlendi.
DoneMilestoneReopened = Aşama yeniden açıldı.
DoneMilestoneMoved = Tarih değiştirildi.
DoneMilestoneRemoved = Aşama silindi.
DoneUpdatePosted = Mesaj yayınlandı.
DoneProgressSet = İlerleme kaydedildi.
TimelineMilestoneAdded = “{ $title }” aşamasını ekledi, planlanan tarih: { $date }
TimelineMilestoneMoved = “{ $title }” aşamasını { $old } tarihinden { $date } tarihine taşıdı
TimelineMilestoneDone = “{ $title }” aşamasını tamamlandı olarak işaretledi ({ $date })
TimelineMilestoneReopened = “{ $title }” aşamasını yeniden açtı
TimelineMilestoneRemoved = “{ $title }” aşamasını sildi
TimelineProgressSet = ilerlemeyi %{ $percent } olarak tahmin etti
TimelineProgressFollowsMilestones = ilerlemeyi yeniden aşamalara bağladı
TimelineUpdate = bir ilerleme mesajı yayınladı
NotifProgress = { $actor }, “{ $title }” için bir ilerleme mesajı yayınladı
ErrProgressKeepersOnly = İlerlemeyi yalnızca bu fikir üzerinde çalışan uzmanlar ve bu mahallenin belediye editörleri tutabilir.
ErrProgressNotNow = İlerleme yalnızca fikir hazırlık veya uygulama aşamasındayken tutulabilir.
ErrMilestoneTitleEmpty = Ne yapılacağını yaz.
ErrMilestoneTitleTooLong = Aşamayı kısalt: en fazla 200 karakter.
ErrDateInvalid = Gerçek bir tarih gir, örneğin 2027-03-01.
ErrDoneInFuture = Bir aşama gelecekte tamamlanmış olamaz.
ErrMilestoneUnchanged = Bu aşama artık yok ya da zaten öyle. Sayfayı yeniden yükle.
ErrPercentInvalid = 0 ile 100 arasında tam bir sayı gir ya da alanı boş bırak.
ErrProgressReasonRequired = İlerlemenin neden değiştiğini yaz.
ErrProgressReasonTooLong = Açıklamayı kısalt: en fazla 2000 karakter.
ErrUpdateEmpty = Önce bir mesaj yaz.
ErrUpdateTooLong = Mesajı kısalt: en fazla 4000 karakter.

## Progress pages of the city and each wijk (issue 11)
ProgressPageCityTitle = Şehirdeki ilerleme
ProgressPageWardTitle = { $wijk } ilerlemesi
ProgressPageIntro = Sakinlerin fikirlerine ne oldu.
ProgressPageAsOf = { $date } tarihli rakamlar.
ProgressCountsTitle = Duruma göre fikirler
ProgressIdeasInAll =
    { $count ->
        [one] Toplam { $count } fikir.
       *[other] Toplam { $count } fikir.
    }
ProgressMonthsTitle = Aylara göre gönderilen ve gerçekleştirilen
ChartTitle = Aylara göre fikirler, son 24 ay
ChartDescription = Sütun grafiği. Bu dönemde { $submitted } fikir gönderildi ve { $realised } fikir gerçekleştirildi. Yanındaki tabloda tüm sayılar var.
ChartSubmitted = Gönderilen
ChartRealised = Gerçekleştirilen
ChartMonth = Ay
ChartTableCaption = Aylara göre fikirler, en yeni ay önce
MonthYear = { $month } { $year }
ProgressDurationsTitle = Ne kadar hızlı?
ProgressPickUp = Gönderimden ele alınmaya
ProgressRealisation = Gönderimden gerçekleşmeye
ProgressDurationFigure = Genellikle { $median } (medyan). 10 fikirden 9'u { $p90 } içinde. { $count } fikir üzerinden ölçüldü.
ProgressDurationNone = Henüz ölçülecek fikir yok.
ProgressDurationsHint = Medyan ortadaki sayıdır: fikirlerin yarısı daha hızlı, yarısı daha yavaş ilerler.
DayCount =
    { $count ->
        [one] { $count } gün
       *[other] { $count } gün
    }
ProgressRealisedTitle = Gerçekleştirilenler
ProgressRealisedEmpty = Henüz gerçekleştirilen fikir yok.
ProgressRealisedOn = gerçekleştirildi: { $date }
ProgressSubmittedOn = gönderildi: { $date }
ProgressUnclaimedTitle = { $days } günden uzun süredir ele alınmadı
ProgressUnclaimedEmpty = Uzun süredir bekleyen fikir yok. Hepsi ele alındı.
ProgressWaitingTitle = Yeterli destek ({ $threshold } veya daha fazla), karar bekliyor
ProgressWaitingEmpty = Karar bekleyen, yeterli desteğe sahip fikir yok.
ProgressListMore = { $total } fikrin ilk { $shown } tanesi.
ProgressExportLink = Tüm fikirler CSV dosyası olarak
ProgressLinkCity = Şehirdeki ilerleme
ProgressLinkWard = Bu mahalledeki ilerleme
SummaryTitle = Belediyenin özeti
SummaryPublishedOn = Yayınlanma tarihi
SummaryEarlier =
    { $count ->
        [one] { $count } önceki özet
       *[other] { $count } önceki özet
    }
SummaryWrite = Özet yaz
SummaryField = Özet
SummaryHint = Mahallede ne olduğunu ve neyin geleceğini kısaca anlat. Bunu herkes okuyabilir. Önceki özetler okunabilir kalır.
SummaryPublish = Yayınla
DoneSummaryPublished = Özet yayınlandı.
ErrEditorsOfWardOnly = Özeti yalnızca bu mahallenin belediye editörleri yayınlayabilir.
ErrSummaryEmpty = Önce bir özet yaz.
ErrSummaryTooLong = Özeti kısalt: en fazla 4000 karakter.
FeedProgressEntry = { $title }: ilerleme
