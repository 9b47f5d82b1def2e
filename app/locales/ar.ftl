# Wijkidee: Arabic. Translated from nl.ftl (Dutch, the reference language). Plain language: short sentences, say what to do next.
#
# Format: Mozilla Fluent (https://projectfluent.org/fluent/guide/). One message per key; `{ $name }` is
# filled in by the program; `{ $count -> [one] … *[other] … }` chooses a form by the number (CLDR plural
# categories: zero, one, two, few, many, other). Every other language file has exactly these keys.

MapNoScript = تحتاج الخريطة إلى JavaScript. كل الأفكار موجودة أيضًا في القائمة.
IdeaCount =
    { $count ->
        [zero] لا أفكار
        [one] فكرة واحدة
        [two] فكرتان
        [few] { $count } أفكار
        [many] { $count } فكرة
       *[other] { $count } فكرة
    }
ViewIdea = عرض الفكرة
NewIdeaTitle = فكرة جديدة
NewIdeaHowTo = انقر على المكان في الخريطة الذي تتعلق به فكرتك. بعد ذلك يمكنك سحب الدبوس لتغيير مكانه. باستخدام لوحة المفاتيح: انتقل إلى الخريطة، وحرّكها بالأسهم، ثم اضغط Enter. أو اختر منطقتك السكنية في الأسفل.
PinPlaced = تم وضع الدبوس. اسحبه لتغيير مكانه.
PinNotPlaced = لا يوجد دبوس على الخريطة بعد.
PinPlacedIn = تم وضع الدبوس في { $place }. اسحبه لتغيير مكانه.
PinOutside = هذا المكان خارج بلدية لاهاي. ضع الدبوس داخل لاهاي، أو اختر منطقة سكنية في الأسفل.
FieldTitle = العنوان
FieldTitleHint = من 5 إلى 120 حرفًا. مثال: مقاعد أكثر في حديقة Zuiderpark
FieldDescription = الوصف
FieldDescriptionHint = ما فكرتك؟ ولماذا هي مفيدة للمنطقة السكنية؟ 4000 حرف على الأكثر.
FieldCategory = الموضوع
FieldChooseCategory = اختر موضوعًا
FieldBuurt = المنطقة السكنية (إذا لم تضع دبوسًا)
FieldChooseBuurt = اختر منطقة سكنية
SubmitIdea = نشر الفكرة
Submitting = جارٍ الإرسال…
IdeaCreated = تم نشر فكرتك. شكرًا لك!
FieldEmail = البريد الإلكتروني
ErrorTitle = حدث خطأ ما
Loading = جارٍ التحميل…
StatusIngediend = تم تقديمها
StatusOpgepakt = تم تبنّيها
StatusInVoorbereiding = قيد التحضير
StatusInUitvoering = قيد التنفيذ
StatusGerealiseerd = تم تنفيذها
StatusNietHaalbaar = غير قابلة للتنفيذ
StatusSamengevoegd = تم دمجها
StatusDoorverwezen = تمت إحالتها
StatusIngetrokken = تم سحبها
Month1 = يناير
Month2 = فبراير
Month3 = مارس
Month4 = أبريل
Month5 = مايو
Month6 = يونيو
Month7 = يوليو
Month8 = أغسطس
Month9 = سبتمبر
Month10 = أكتوبر
Month11 = نوفمبر
Month12 = ديسمبر
# A date: day number, month name (Month1–Month12 above, in the form a date needs), year.
DateLong = { $day } { $month } { $year }
PopupOpenIdea = عرض هذه الفكرة
PinTitle = مكان فكرتك الجديدة
MapClusterIn =
    { $count ->
        [zero] لا أفكار في { $place }
        [one] فكرة واحدة في { $place }
        [two] فكرتان في { $place }
        [few] { $count } أفكار في { $place }
        [many] { $count } فكرة في { $place }
       *[other] { $count } فكرة في { $place }
    }
MapClusterHere =
    { $count ->
        [zero] لا أفكار هنا
        [one] فكرة واحدة هنا
        [two] فكرتان هنا
        [few] { $count } أفكار هنا
        [many] { $count } فكرة هنا
       *[other] { $count } فكرة هنا
    }
MapIdeaName = فكرة: { $title }، { $status }
MapSkip = تخطّي الخريطة
MapZoomIn = تكبير
MapZoomOut = تصغير
FormHasErrors = لم يتم نشر الفكرة بعد. راجع الحقول التي تظهر بجانبها رسالة.
SupportCount =
    { $count ->
        [zero] لا داعمين بعد
        [one] داعم واحد
        [two] داعمان
        [few] { $count } داعمين
        [many] { $count } داعمًا
       *[other] { $count } داعم
    }
CommentCount =
    { $count ->
        [zero] لا تعليقات
        [one] تعليق واحد
        [two] تعليقان
        [few] { $count } تعليقات
        [many] { $count } تعليقًا
       *[other] { $count } تعليق
    }
EnoughSupport = دعم كافٍ
CommentsTitle = التعليقات
CommentsEmpty = لا توجد تعليقات بعد. ما رأيك أنت؟
CommentFieldLabel = تعليقك
CommentFieldHint = 2000 حرف على الأكثر. تصبح الروابط قابلة للنقر. يستطيع الجميع قراءة تعليقك، ويظهر اسمك معه.
CommentSubmit = نشر التعليق
ReplyButton = رد
ReplyFieldLabel = ردّك
ReplySubmit = نشر الرد
EditButton = تعديل
SaveButton = حفظ
DeleteButton = حذف
CommentDeleteConfirm = هل أنت متأكد أنك تريد حذف هذا التعليق؟ لا يمكن التراجع عن ذلك.
CommentDeleteYes = نعم، احذف تعليقي
WorksHere = من العاملين في الحي:
CommentEdited = معدَّل
CommentDeleted = تم حذف هذا التعليق.
CommentLoginFirst = سجّل الدخول لتكتب تعليقًا.
CommentEditLabel = النص الجديد لتعليقك
CommentEditHint = يمكنك تعديل تعليقك خلال 15 دقيقة من نشره.
NotificationsTitle = الإشعارات
NotificationsEmpty = ليست لديك إشعارات بعد. تابع فكرة أو حيًّا لتبقى على اطلاع.
NotificationsLoginFirst = سجّل الدخول لترى إشعاراتك.
MarkAllRead = تحديد الكل كمقروء
MarkRead = تحديد كمقروء
UnreadMark = جديد
EmailSettingsTitle = الإشعارات عبر البريد الإلكتروني
EmailDirect = فورًا: رسالة بريد إلكتروني مع كل إشعار
EmailDaily = ملخص مرة واحدة في اليوم
EmailNever = بلا بريد إلكتروني، هنا في الموقع فقط
SaveSettings = حفظ
SettingsSaved = تم الحفظ.
UnsubscribeTitle = إلغاء الاشتراك في البريد الإلكتروني
UnsubscribeText = ألا تريد رسائل بريد إلكتروني من Wijkidee بعد الآن؟ انقر على الزر. ستبقى إشعاراتك موجودة في الموقع.
UnsubscribeButton = إلغاء الاشتراك
UnsubscribeDone = تم إلغاء اشتراكك: لن تصلك رسائل بريد إلكتروني من Wijkidee بعد الآن. يمكنك تشغيل البريد الإلكتروني مجددًا في أي وقت من صفحة «الإشعارات».
SimilarTitle = هل هذه الفكرة موجودة من قبل؟
SimilarIntro = هذه الأفكار القريبة تشبه فكرتك. ادعم واحدة منها، أو انشر فكرتك إذا كانت مختلفة.
SimilarDistance = على بُعد { $m } م
RoleResident = ساكن
RoleProfessional = مختص
RoleEditor = محرر في البلدية
RoleModerator = مشرف
RoleAdministrator = مدير المنصة
FunctionCommunityBuilder = منسق مجتمعي
FunctionIdeeenmakelaar = وسيط الأفكار
FunctionOpbouwwerker = عامل تنمية مجتمعية
FunctionWijkmanager = مدير الحي
FunctionAnders = مختص
OrgGemeente = البلدية
OrgWelzijn = منظمة رعاية اجتماعية
OrgWoningcorporatie = مؤسسة إسكان اجتماعي
OrgBewoners = جمعية سكان
OrgAnders = منظمة أخرى
NoteOrganisatie = منظمتي فقط
NoteProfessionals = كل المختصين
NoteOpenbaar = للجميع
ClaimLead = مسؤول التواصل
ClaimSupporting = مساعد
TimelineClaimLead = تبنّى الفكرة بصفة مسؤول التواصل
TimelineClaimSupporting = انضم بصفة مساعد
TimelineRelease = تخلّى عن الفكرة
TimelineStatus = غيّر الحالة
AdminInviteTitle = دعوة مختص
AdminInviteRole = الدور
AdminInviteFunction = الوظيفة
AdminInviteOrganisation = المنظمة
AdminInviteWerkgebied = نطاق العمل
AdminInviteWerkgebiedHint = اختر الأحياء التي يعمل فيها هذا المختص. يحتاج المختص أو المحرر إلى حي واحد على الأقل.
AdminInviteWijkFilter = ابحث عن حي
AdminInviteMade = تم إنشاء الدعوة. أرسل الرابط بنفسك: البريد الإلكتروني غير مُعَدّ.
AdminInviteMailed = تم إنشاء الدعوة وإرسالها بالبريد الإلكتروني. يمكنك أيضًا إرسال الرابط بنفسك.
AdminInviteExistingResident = انتبه: هذا العنوان مرتبط بحساب ساكن موجود. إذا قبل الشخص الدعوة، يصبح هذا الحساب حساب مختص. يبقى الاسم والأفكار والتعليقات كما هي.
AdminInviteExistingProfessional = انتبه: هذا العنوان مرتبط بشخص يعمل هنا بالفعل. إذا قبل الشخص الدعوة، يحصل الحساب على الدور والمنظمة والأحياء المحددة في هذه الدعوة.
AdminInviteCopy = نسخ الرابط
AdminInviteCopied = تم النسخ.
AdminInviteValid =
    { $days ->
        [zero] يعمل الرابط مرة واحدة فقط، وتنتهي صلاحيته اليوم.
        [one] يعمل الرابط مرة واحدة فقط، ويبقى صالحًا لمدة يوم واحد.
        [two] يعمل الرابط مرة واحدة فقط، ويبقى صالحًا لمدة يومين.
        [few] يعمل الرابط مرة واحدة فقط، ويبقى صالحًا لمدة { $days } أيام.
        [many] يعمل الرابط مرة واحدة فقط، ويبقى صالحًا لمدة { $days } يومًا.
       *[other] يعمل الرابط مرة واحدة فقط، ويبقى صالحًا لمدة { $days } يوم.
    }
AdminInviteSubmit = إنشاء الدعوة
AdminInviteLink = رابط الدعوة
AdminInviteLanguage = لغة الدعوة
AdminInviteLanguageHint = يكون البريد الإلكتروني وصفحة الدعوة بهذه اللغة. هل لهذا العنوان حساب من قبل؟ عندها يُرسل البريد بلغة ذلك الحساب.
HandoverStatusOpen = بانتظار الرد
HandoverStatusAccepted = تم الاستلام
HandoverStatusDeclined = لم يتم الاستلام
HandoverStatusWithdrawn = تم سحب العرض
TimelineHandover = استلم الفكرة من { $previous }
NotifComment = تعليق جديد من { $actor } على «{ $title }»
NotifCommentAnonymous = تعليق جديد على «{ $title }»
NotifStatus = حالة جديدة للفكرة «{ $title }»: { $status }
NotifWardIdeasOne = فكرة جديدة في { $wijk }: «{ $title }»
NotifWardIdeasMany =
    { $count ->
        [zero] أفكار جديدة في { $wijk }، أحدثها: «{ $title }»
        [one] فكرة جديدة واحدة في { $wijk }: «{ $title }»
        [two] فكرتان جديدتان في { $wijk }، أحدثهما: «{ $title }»
        [few] { $count } أفكار جديدة في { $wijk }، أحدثها: «{ $title }»
        [many] { $count } فكرة جديدة في { $wijk }، أحدثها: «{ $title }»
       *[other] { $count } فكرة جديدة في { $wijk }، أحدثها: «{ $title }»
    }
NotifHandoverOffered = عرض تسليم من { $actor }: هل تستلم الفكرة «{ $title }»؟
NotifHandoverAccepted = تم قبول تسليم «{ $title }» إلى { $actor }.
NotifHandoverDeclined = لم يتم قبول تسليم «{ $title }» إلى { $actor }. ما زلت أنت المسؤول الرئيسي.
NotifNewContact = مسؤول التواصل الجديد عن «{ $title }»: { $actor }
NotifSupportsOne = شخص ما يدعم فكرتك «{ $title }»
NotifSupportsMany =
    { $count ->
        [zero] لا أحد يدعم فكرتك «{ $title }» بعد
        [one] شخص واحد يدعم فكرتك «{ $title }»
        [two] شخصان يدعمان فكرتك «{ $title }»
        [few] { $count } أشخاص يدعمون فكرتك «{ $title }»
        [many] { $count } شخصًا يدعمون فكرتك «{ $title }»
       *[other] { $count } شخص يدعمون فكرتك «{ $title }»
    }
NotifUncoveredIdea = فكرة جديدة في { $wijk }، حيث لا يعمل أي مختص بعد: «{ $title }»
NotifMessage = رسالة من { $actor } بخصوص «{ $title }»
NotifClaimStalled = لم يحدث شيء منذ مدة طويلة بخصوص «{ $title }». حدّث الفكرة، أو سلّمها لغيرك، أو تخلَّ عنها.
ErrResponderUnknown = اختر مختصًا أو منظمة من القائمة.
ErrDisplayNameRole = اختر اسمًا لا يتضمن وظيفة أو منظمة. تظهر الوظيفة والمنظمة تلقائيًا بجانب اسم كل من يعمل هنا.
ErrReleaseReasonRequired = اكتب باختصار لماذا تتخلى عن الفكرة. سيقرأ ذلك صاحب الفكرة وكل من يتابعها.
ErrReleaseReasonTooLong = السبب طويل جدًا: استخدم 2000 حرف على الأكثر.
ErrTitleEmpty = اكتب عنوانًا لفكرتك.
ErrTitleTooShort = العنوان قصير جدًا: استخدم 5 أحرف على الأقل.
ErrTitleTooLong = العنوان طويل جدًا: استخدم 120 حرفًا على الأكثر.
ErrDescriptionEmpty = صِف فكرتك في بضع جمل.
ErrDescriptionTooLong = الوصف طويل جدًا: استخدم 4000 حرف على الأكثر.
ErrControlCharacters = يحتوي النص على رموز غير مرئية لا يمكننا حفظها.
ErrCoordinatesInvalid = هذا المكان على الخريطة غير صحيح. ضع الدبوس من جديد أو اختر منطقة سكنية.
ErrLocationMissing = ضع دبوسًا على الخريطة أو اختر منطقة سكنية.
ErrOutsideWards = هذا المكان خارج أحياء لاهاي. اختر مكانًا داخل البلدية.
ErrCategoryUnknown = اختر موضوعًا من القائمة.
ErrWardCodeInvalid = رمز الحي هذا غير موجود.
ErrEmailInvalid = أدخل عنوان بريد إلكتروني صحيحًا، مثل naam@voorbeeld.nl.
ErrEmailTaken = يوجد حساب بهذا البريد الإلكتروني بالفعل. سجّل الدخول، أو استخدم عنوانًا آخر.
ErrDisplayNameTooShort = أدخل اسمًا من حرفين على الأقل.
ErrDisplayNameTooLong = هذا الاسم طويل جدًا: استخدم 60 حرفًا على الأكثر.
ErrPasswordTooShort = كلمة المرور قصيرة جدًا: استخدم 10 أحرف على الأقل.
ErrPasswordTooLong = كلمة المرور طويلة جدًا: استخدم 256 حرفًا على الأكثر.
ErrPasswordCommon = كلمة المرور هذه شائعة جدًا ويسهل تخمينها. اختر كلمة مرور أخرى.
ErrLoginFailed = البريد الإلكتروني وكلمة المرور غير متطابقين.
ErrTooManyAttempts = محاولات فاشلة كثيرة جدًا. انتظر ربع ساعة، ثم حاول مرة أخرى.
ErrLoginRequired = سجّل الدخول أولًا.
ErrCrossSite = هذا الطلب جاء من موقع آخر، لذلك تم رفضه.
ErrNotFound = هذا غير موجود (أو لم يعد موجودًا).
ErrMalformedRequest = الطلب غير مكتمل أو غير صحيح.
ErrTooLarge = الطلب كبير جدًا.
ErrNetwork = لا يوجد اتصال بالخادم. حاول مرة أخرى.
ErrCommentEmpty = اكتب تعليقًا أولًا.
ErrCommentTooLong = هذا التعليق طويل جدًا: استخدم 2000 حرف على الأكثر.
ErrOwnIdeaSupport = لا يمكنك دعم فكرتك أنت. اطلب الدعم من جيرانك!
ErrIdeaClosedForSupport = هذه الفكرة مغلقة أو تم سحبها. لم يعد دعمها ممكنًا.
ErrIdeaHidden = أخفى أحد المشرفين هذه الفكرة. لا يمكن التعليق عليها الآن.
ErrReplyTargetInvalid = التعليق الذي ترد عليه غير موجود في هذه الفكرة.
ErrCommentNotYours = يمكنك تعديل أو حذف تعليقاتك أنت فقط.
ErrCommentEditExpired = التعديل ممكن خلال 15 دقيقة من النشر فقط. وقد انتهى هذا الوقت.
ErrAlreadyFollowing = أنت تتابع هذا بالفعل.
ErrNotFollowing = أنت لا تتابع هذا.
ErrFrequencyUnknown = اختر كم مرة تريد أن يصلك البريد الإلكتروني.
ErrTransitionNotAllowed = لا يمكن الانتقال إلى هذه الحالة من الحالة الحالية.
ErrExplanationRequired = اشرح السبب في بضع كلمات. هذا الشرح يراه الجميع.
ErrMergeTargetRequired = اختر الفكرة التي ستُدمج فيها هذه الفكرة.
ErrReferralRequired = اكتب الجهة التي أُحيلت إليها الفكرة.
ErrClaimInstead = لتصبح حالة الفكرة «تم تبنّيها»، تبنَّ الفكرة أنت.
ErrProfessionalsOnly = هذا متاح فقط للمختصين العاملين في الحي.
ErrOutsideWerkgebied = هذا الحي ليس ضمن نطاق عملك.
ErrLeadOnly = هذا متاح فقط للمسؤول الرئيسي عن هذه الفكرة.
ErrAuthorOnly = هذا متاح فقط لصاحب الفكرة.
ErrNoOrganisation = أنت لا تنتمي إلى أي منظمة بعد، لذلك لا يمكنك كتابة ملاحظة لمنظمتك.
ErrAdministratorsOnly = هذا متاح فقط لمدير المنصة.
ErrAlreadyLead = لهذه الفكرة مسؤول رئيسي بالفعل. يمكنك الانضمام بصفة مساعد.
ErrAlreadyClaimed = أنت تعمل على هذه الفكرة بالفعل.
ErrNotClaimed = أنت لا تعمل على هذه الفكرة.
ErrIdeaClosed = هذه الفكرة مغلقة. أعد فتحها أولًا.
ErrNoteEmpty = اكتب ملاحظة أولًا.
ErrNoteTooLong = هذه الملاحظة طويلة جدًا: استخدم 4000 حرف على الأكثر.
ErrVisibilityUnknown = اختر من يمكنه قراءة الملاحظة.
ErrInvitationInvalid = هذه الدعوة غير موجودة. تأكد من أنك استخدمت الرابط كاملًا، أو اطلب دعوة جديدة من مدير المنصة.
ErrInvitationUsed = تم استخدام هذه الدعوة من قبل. هل قبلتها أنت؟ إذن سجّل الدخول بحسابك.
ErrInvitationExpired = انتهت صلاحية هذه الدعوة. اطلب دعوة جديدة من مدير المنصة.
ErrInvitationRevoked = تم سحب هذه الدعوة. تواصل مع مدير المنصة إذا كنت تعتقد أن هذا خطأ.
ErrWerkgebiedEmpty = اختر حيًّا واحدًا على الأقل يعمل فيه هذا المختص.
ErrOrganisationNameTaken = توجد منظمة بهذا الاسم بالفعل.
ErrOrganisationNameInvalid = اكتب للمنظمة اسمًا من 2 إلى 120 حرفًا.
ErrKindUnknown = اختر نوع المنظمة.
ErrRoleUnknown = اختر دورًا.
ErrLanguageUnknown = اختر لغة من القائمة.
ErrFunctionUnknown = اختر وظيفة.
ErrMergeTargetInvalid = الفكرة التي ستُدمج فيها هذه الفكرة غير موجودة، أو هي نفسها مغلقة.
ErrHandoverToProfessionalsOnly = يمكنك تسليم الفكرة إلى مختص فقط.
ErrHandoverToSelf = أنت المسؤول الرئيسي بالفعل. اختر شخصًا آخر.
ErrHandoverReceiverOutside = هذا المختص لا يعمل في حي هذه الفكرة.
ErrHandoverNotYours = عرض التسليم هذا ليس موجهًا إليك.
ErrHandoverOpen = يوجد عرض تسليم مفتوح لهذه الفكرة بالفعل. انتظر الرد.
ErrHandoverAnswered = تم الرد على عرض التسليم هذا أو سحبه.
ErrHandoverNoteEmpty = اكتب ملاحظة تسليم: الاتفاقات مع الساكن، والمهام المفتوحة، وجهات الاتصال.
ErrHandoverNoteTooLong = ملاحظة التسليم هذه طويلة جدًا: استخدم 4000 حرف على الأكثر.
ErrHandoverReceiverUnknown = اختر الشخص الذي ستسلّمه الفكرة.
ErrWorkbenchListUnknown = هذه القائمة غير موجودة في لوحة العمل.
ErrEditOnlyWhileSubmitted = يمكنك تعديل فكرتك فقط ما دام لم يتبنَّها أحد بعد.
ErrMessagesResidentsOnly = السكان فقط يرسلون الرسائل هنا. بصفتك مختصًا، اكتب ملاحظة.
ErrNoContactPerson = ليس لهذه الفكرة مسؤول تواصل بعد. يمكنك إرسال رسالة بمجرد أن يتبنّاها أحد.
ErrMessageEmpty = اكتب رسالتك أولًا.
ErrMessageTooLong = هذه الرسالة طويلة جدًا: استخدم 2000 حرف على الأكثر.
ErrConversationUnknown = لم يرسل هذا الساكن أي رسالة بخصوص هذه الفكرة بعد.
TimelineEdited = عدّل الفكرة
ErrNotAProfessional = هذا الحساب ليس حساب مختص.
ErrStillLeadsIdeas = هذا الشخص ما زال مسؤول التواصل عن بعض الأفكار. سلّمها أولًا (في الأسفل: «تسليم جميع الأفكار»).
DoneCommentDeleted = تم حذف تعليقك.
ErrInternal = حدث خطأ ما من جهتنا. حاول مرة أخرى لاحقًا.
AppName = Wijkidee
AppTagline = أفكار لحيّك يطرحها السكان، ونحققها معًا
Municipality = لاهاي
SkipToContent = الانتقال إلى المحتوى
# The label of the list of languages in the header (each language is named in itself).
LanguageNavLabel = اللغة
ListSeparator = {"، "}
NavIdeas = الأفكار
NavWards = الأحياء
NavLogin = تسجيل الدخول
NavRegister = إنشاء حساب
NavLogout = تسجيل الخروج
NavMainLabel = القائمة الرئيسية
LoggedInAs = تم تسجيل الدخول باسم
FooterCredits = بيانات الخريطة © Kadaster · حدود الأحياء والمناطق السكنية: Kadaster / Centraal Bureau voor de Statistiek
FooterLicence = Wijkidee برنامج مفتوح المصدر (EUPL-1.2).
HomeTitle = أفكار من أجل لاهاي
HomeIntro = هل لديك فكرة لمنطقتك السكنية؟ ضعها على الخريطة. يمكن لجيرانك أن يشاركوا برأيهم، ويساعد المختصون العاملون في الحي على تحقيقها.
MapLabel = خريطة الأحياء مع الأفكار
IdeaListTitle = كل الأفكار
IdeaListEmpty = لا توجد أفكار بعد. شارك أول فكرة!
NewIdeaLoginFirst = سجّل الدخول أو أنشئ حسابًا لتنشر فكرة.
IdeaBy = بواسطة
IdeaPostedOn = نُشرت في
IdeaLocation = الموقع
IdeaWard = الحي
IdeaBuurt = المنطقة السكنية
IdeaCategory = الموضوع
IdeaStatus = الحالة
BackToMap = العودة إلى الخريطة
WardsTitle = أحياء لاهاي
WardsIntro = اختر حيًّا لترى الأفكار فيه.
WardIdeasTitle = الأفكار في هذا الحي
WardNoIdeas = لا توجد أفكار في هذا الحي بعد.
WardBuurten = المناطق السكنية
WardOnMap = ابحث في هذه الأفكار وصفّها على الخريطة
WardAllIdeas =
    { $count ->
        [zero] لا توجد أفكار في هذا الحي بعد
        [one] اعرض الفكرة الوحيدة في هذا الحي في قائمة
        [two] اعرض فكرتَي هذا الحي في قائمة
        [few] اعرض كل أفكار هذا الحي في قائمة ({ $count } أفكار)
        [many] اعرض كل أفكار هذا الحي في قائمة ({ $count } فكرة)
       *[other] اعرض كل أفكار هذا الحي في قائمة ({ $count } فكرة)
    }
LoginTitle = تسجيل الدخول
RegisterTitle = إنشاء حساب
RegisterIntro = بالحساب يمكنك نشر الأفكار. نطلب فقط ما هو ضروري: بريدك الإلكتروني لتسجيل الدخول، واسمًا يراه الآخرون.
FieldPassword = كلمة المرور
FieldPasswordHint = 10 أحرف على الأقل. جملة من بضع كلمات قوية وسهلة التذكر.
FieldDisplayName = الاسم الذي يراه الآخرون
FieldDisplayNameHint = يكفي اسمك الأول أو اسم مستعار.
SubmitLogin = تسجيل الدخول
SubmitRegister = إنشاء حساب
NoAccountYet = ليس لديك حساب بعد؟
HaveAccount = هل لديك حساب بالفعل؟
NotFoundTitle = الصفحة غير موجودة
NotFoundText = هذه الصفحة غير موجودة (أو لم تعد موجودة). ربما نُسخ العنوان بشكل خاطئ.
IdeaCountAtLeast =
    { $count ->
        [zero] فكرة واحدة على الأقل
        [one] أكثر من فكرة واحدة
        [two] أكثر من فكرتين
        [few] أكثر من { $count } أفكار
        [many] أكثر من { $count } فكرة
       *[other] أكثر من { $count } فكرة
    }
EnoughSupportExplain = حصلت هذه الفكرة على دعم كافٍ. يرى المختصون في الحي ذلك فورًا.
SupportStillNeeded =
    { $count ->
        [zero] حصلت الفكرة على دعم كافٍ.
        [one] تحتاج الفكرة إلى داعم واحد آخر لتحصل على دعم كافٍ.
        [two] تحتاج الفكرة إلى داعمَين آخرَين لتحصل على دعم كافٍ.
        [few] تحتاج الفكرة إلى { $count } داعمين آخرين لتحصل على دعم كافٍ.
        [many] تحتاج الفكرة إلى { $count } داعمًا آخر لتحصل على دعم كافٍ.
       *[other] تحتاج الفكرة إلى { $count } داعم آخر لتحصل على دعم كافٍ.
    }
SupportButton = ادعم هذه الفكرة
WithdrawSupportButton = سحب الدعم
YouSupport = أنت تدعم هذه الفكرة.
SupportLoginFirst = سجّل الدخول لتدعم هذه الفكرة أو تتابعها.
SupportOwnIdea = هذه فكرتك. اطلب الدعم من جيرانك!
SupportClosed = لم يعد الدعم ممكنًا: هذه الفكرة مغلقة أو تم سحبها.
FollowButton = متابعة
UnfollowButton = إلغاء المتابعة
FollowingNote = أنت تتابع هذه الفكرة: سيصلك إشعار عند كل تعليق جديد وكل حالة جديدة.
FollowWijkButton = تابع هذا الحي
UnfollowWijkButton = إلغاء متابعة هذا الحي
FollowWijkNote = إذا تابعت هذا الحي، يصلك إشعار عند نشر أفكار جديدة فيه.
ParticipationLabel = الدعم والمتابعة
NavNotifications = الإشعارات
UnreadLabel = إشعارات غير مقروءة
FilterTitle = البحث والتصفية
FilterSearch = كلمات البحث
FilterWijk = الحي
FilterAllWijken = كل الأحياء
FilterCategory = الموضوع
FilterAllCategories = كل المواضيع
FilterStatus = الحالة
FilterAllStatuses = كل الحالات
FilterSort = الترتيب
SortNewest = الأحدث أولًا
SortMostSupported = الأكثر دعمًا
SortMostDiscussed = الأكثر تعليقًا
FilterApply = عرض الأفكار
FilterClear = مسح عوامل التصفية
FilteredIdeas = الأفكار التي تم العثور عليها
PagePrevious = السابقة
PageNext = التالية
PageOf =
    { $count ->
        [zero] الصفحة { $page } من { $count }
        [one] الصفحة { $page } من صفحة واحدة
        [two] الصفحة { $page } من صفحتين
        [few] الصفحة { $page } من { $count } صفحات
        [many] الصفحة { $page } من { $count } صفحة
       *[other] الصفحة { $page } من { $count } صفحة
    }
PagerLabel = الصفحات
SearchTooShort = اكتب حرفين على الأقل للبحث. القائمة أدناه غير مصفّاة حسب الكلمات.
NoMatches = لم يتم العثور على أفكار. جرّب كلمات بحث أخرى أو امسح عوامل التصفية.
WorkTitle = من يعمل على هذه الفكرة؟
WorkUncoveredProfessional = لم يتبنَّ أحد هذه الفكرة بعد. لا يعمل أي مختص من Wijkidee في هذا الحي حتى الآن. الشخص الذي يقرأ أفكار مثل هذه الأحياء، ويمكنه تبنّي هذه الفكرة، هو: { $who }.
WorkUncoveredTeam = لم يتبنَّ أحد هذه الفكرة بعد. لا يعمل أي مختص من Wijkidee في هذا الحي حتى الآن. يقرأ فريق { $organisation } أفكار مثل هذه الأحياء، ويمكنه تبنّي هذه الفكرة.
WorkUncoveredNobody = لم يتبنَّ أحد هذه الفكرة بعد. لا يعمل أي مختص من Wijkidee في هذا الحي حتى الآن، ولم يُكلَّف أحد بعد بقراءة أفكار مثل هذه الأحياء. يرى مدير منصة Wijkidee أن هذه الفكرة تنتظر.
WorkNobody = لم يتبنَّ أحد هذه الفكرة بعد. يمكن للمختصين العاملين في الحي تبنّيها.
ReleaseReason = لماذا تتخلى عن الفكرة؟
ReleaseReasonHint = سيظهر هذا للجميع مع الفكرة. سيقرؤه صاحب الفكرة ومن يتابعها.
ReleaseConfirm = التخلي عن الفكرة
WorkLeadBy = المسؤول الرئيسي:
WorkSupportedBy = بمساعدة
ClaimLeadButton = التبنّي كمسؤول رئيسي
ClaimSupportingButton = الانضمام كمساعد
ReleaseButton = التخلي عن الفكرة
StatusChangeTitle = تغيير الحالة
StatusNew = الحالة الجديدة
StatusChoose = اختر حالة
StatusExplanation = الشرح (يراه الجميع)
StatusExplanationNeededFor = يقرأ الجميع هذا الشرح. وهو إلزامي للحالات التالية: { $statuses }.
StatusMergedInto = دُمجت مع الفكرة (رقمها)
StatusReferredTo = أُحيلت إلى
StatusChangeSubmit = تغيير الحالة
NotesTitle = الملاحظات
NotesEmpty = لا توجد ملاحظات بعد.
NoteField = ملاحظة جديدة
NoteVisibilityLabel = من يمكنه قراءة هذه الملاحظة؟
NoteSubmit = إضافة الملاحظة
TimelineTitle = السجل الزمني
TimelineFromTo = من «{ $from }» إلى «{ $to }»
TimelineMergedInto = دُمجت مع الفكرة
TimelineReferredTo = أُحيلت إلى
InvitationTitle = دعوة إلى Wijkidee
InvitationIntro = تمت دعوتك للعمل في Wijkidee بصفة مختص.
InvitationFor = الدعوة موجهة إلى
InvitationAccept = قبول الدعوة
InvitationAccepted = أهلًا بك! حسابك جاهز.
InvitationHasAccount = هل لديك حساب بهذا العنوان بالفعل؟ إذن أدخل كلمة مرورك؛ سيبقى اسمك كما هو.
AdminTitle = الإدارة
AdminOrganisations = المنظمات
AdminNewOrganisation = منظمة جديدة
AdminOrganisationName = الاسم
AdminOrganisationKind = النوع
AdminCreate = إضافة
AdminOpenInvitations = الدعوات المعلّقة
AdminNoOpenInvitations = لا توجد دعوات معلّقة.
AdminInvitedBy = دعوة من { $name } بتاريخ
AdminInvitationUntil = صالحة حتى
AdminInvitationLanguage = اللغة:
AdminRevokeInvitation = سحب الدعوة
AdminInvitationRevoked = تم سحب الدعوة. لم يعد الرابط يعمل.
AdminOnly = هذه الصفحة مخصصة لمديري المنصة.
NavWorkbench = لوحة العمل
NavAdmin = الإدارة
BenchTitle = لوحة العمل
BenchIntro = الأفكار المفتوحة في أحيائك: ما لم يتبنَّه أحد بعد، وما توقف العمل عليه، وما تتعاون عليه عدة منظمات، وما حصل على دعم كافٍ.
BenchNoWerkgebied = ليس لديك نطاق عمل بعد. اطلب من مدير المنصة أن يضيف أحياءك.
BenchLoginFirst = لوحة العمل مخصصة للمختصين. سجّل الدخول بحساب العمل.
BenchUnclaimed = لم يتبنَّها أحد
BenchStalled = متوقفة
BenchSeveralOrganisations = عدة منظمات
BenchEnoughSupport = دعم كافٍ
BenchOpen =
    { $count ->
        [zero] لا أفكار مفتوحة
        [one] فكرة مفتوحة واحدة
        [two] فكرتان مفتوحتان
        [few] { $count } أفكار مفتوحة
        [many] { $count } فكرة مفتوحة
       *[other] { $count } فكرة مفتوحة
    }
BenchByOrganisation = حسب المنظمة
BenchUncoveredWijk = لا يعمل أي مختص هنا بعد. أنت تقرأ أفكار هذا الحي، كما تقرأ أفكار كل الأحياء التي ليس فيها مختص.
BenchByProfessional = حسب المختص
BenchAllWijken = كل أحيائك
BenchListTitle = { $list } في { $wijk }
BenchListEmpty = لا توجد أفكار في هذه القائمة.
BenchStalledHint =
    { $days ->
        [zero] متوقفة: لم يقم المسؤول الرئيسي بأي شيء اليوم.
        [one] متوقفة: لم يقم المسؤول الرئيسي بأي شيء منذ يوم واحد.
        [two] متوقفة: لم يقم المسؤول الرئيسي بأي شيء منذ يومين.
        [few] متوقفة: لم يقم المسؤول الرئيسي بأي شيء منذ { $days } أيام.
        [many] متوقفة: لم يقم المسؤول الرئيسي بأي شيء منذ { $days } يومًا.
       *[other] متوقفة: لم يقم المسؤول الرئيسي بأي شيء منذ { $days } يوم.
    }
BenchSilentDays =
    { $days ->
        [zero] بلا نشاط اليوم
        [one] بلا نشاط منذ يوم واحد
        [two] بلا نشاط منذ يومين
        [few] بلا نشاط منذ { $days } أيام
        [many] بلا نشاط منذ { $days } يومًا
       *[other] بلا نشاط منذ { $days } يوم
    }
BenchLead = المسؤول الرئيسي
BenchSupports = الدعم
BenchSubmitted = تاريخ التقديم
BenchCloseList = إغلاق القائمة
HandoverInbox = عروض تسليم موجهة إليك
HandoverFrom = من { $name }، للفكرة «{ $title }» في { $wijk }
HandoverAccept = استلام
HandoverDecline = رفض الاستلام
HandoverWithdraw = سحب العرض
HandoverTitle = تسليم الفكرة
HandoverIntro = سلّم هذه الفكرة إلى زميل أو زميلة في الحي. بمجرد قبول التسليم، يصبح هذا الشخص المسؤول الرئيسي، ويعرف صاحب الفكرة من هو مسؤول التواصل الجديد.
HandoverTo = إلى
HandoverChoose = اختر زميلًا أو زميلة
HandoverNote = ملاحظة التسليم (لكما أنتما فقط)
HandoverNoteHint = الاتفاقات مع الساكن، والمهام المفتوحة، وجهات الاتصال.
HandoverSubmit = إرسال عرض التسليم
HandoverNoColleagues = لا يوجد مختص آخر في هذا الحي لتسلّمه الفكرة.
HandoversTitle = عروض التسليم
HandoverFromTo = من { $from } إلى { $to }
AdminProfessionals = المختصون
AdminLeads =
    { $count ->
        [zero] لا أفكار بصفة مسؤول رئيسي
        [one] فكرة واحدة بصفة مسؤول رئيسي
        [two] فكرتان بصفة مسؤول رئيسي
        [few] { $count } أفكار بصفة مسؤول رئيسي
        [many] { $count } فكرة بصفة مسؤول رئيسي
       *[other] { $count } فكرة بصفة مسؤول رئيسي
    }
AdminUncoveredTitle = أحياء بلا مختص
AdminUncoveredSummary = أحياء بلا مختص: { $wijken }. أفكار مفتوحة تنتظر هناك: { $ideas }.
AdminUncoveredIntro = اختر من يقرأ أفكار هذه الأحياء ويتبنّاها: مختص واحد، أو فريق منظمة. سيرى هؤلاء هذه الأفكار في لوحة العمل، ويصلهم إشعار بكل فكرة جديدة. ويرى صاحب الفكرة في صفحة فكرته من يقرؤها.
AdminResponder = من يقرأ أفكار الأحياء التي ليس فيها مختص؟
AdminResponderNobody = لا أحد بعد
AdminOrganisationTeams = فريق منظمة
AdminResponderSubmit = حفظ
AdminResponderSaved = تم الحفظ.
AdminOpenIdeas = الأفكار المفتوحة
AdminBulkTitle = تسليم جميع الأفكار
AdminBulkIntro = هل سيغادر أحد الزملاء؟ سلّم كل الأفكار التي يتولاها دفعة واحدة، مع ملاحظة التسليم نفسها. سيعرف أصحاب الأفكار من هو مسؤول التواصل الجديد.
AdminBulkFrom = من
AdminBulkTo = إلى
AdminBulkNote = ملاحظة التسليم (للمسؤول الرئيسي الجديد)
AdminBulkSubmit = تسليم الكل
AdminBulkDone =
    { $count ->
        [zero] لم يتم تسليم أي فكرة.
        [one] تم تسليم فكرة واحدة.
        [two] تم تسليم فكرتين.
        [few] تم تسليم { $count } أفكار.
        [many] تم تسليم { $count } فكرة.
       *[other] تم تسليم { $count } فكرة.
    }
MailInvitationSubject = تمت دعوتك إلى Wijkidee
MailInvitationBody =
    مرحبًا،

    ندعوك إلى العمل معنا في Wijkidee بصفة { $what }. Wijkidee هو المكان الذي يشارك فيه السكان أفكارهم لأحيائهم، ويعمل فيه المختصون معهم على تحقيقها.

    افتح هذا الرابط لتنشئ حسابك أو لتربط حسابك الحالي:
    { $link }

    يعمل الرابط مرة واحدة فقط، ويبقى صالحًا لمدة { $days ->
        [zero] اليوم فقط
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.

    إذا كنت لا تعرف Wijkidee، أو لم تكن تتوقع هذه الرسالة، يمكنك تجاهلها.
MailSubject = Wijkidee: { $text }
MailDirectIntro =
    مرحبًا،

    هناك جديد بخصوص شيء تتابعه على Wijkidee:
MailDigestSubject =
    { $count ->
        [zero] Wijkidee: ملخصك لهذا اليوم
        [one] Wijkidee: ملخصك لهذا اليوم (إشعار واحد)
        [two] Wijkidee: ملخصك لهذا اليوم (إشعاران)
        [few] Wijkidee: ملخصك لهذا اليوم ({ $count } إشعارات)
        [many] Wijkidee: ملخصك لهذا اليوم ({ $count } إشعارًا)
       *[other] Wijkidee: ملخصك لهذا اليوم ({ $count } إشعار)
    }
MailDigestIntro =
    مرحبًا،

    هذا ما حدث منذ ملخصك السابق في ما تتابعه على Wijkidee:
MailFooter =
    تصلك هذه الرسالة لأنك تتابع هذا على Wijkidee. يمكنك ضبط عدد مرات وصول الرسائل هنا: { $settings }
    لا تريد رسائل بعد الآن؟ ألغِ الاشتراك بنقرة واحدة: { $unsubscribe }
NavMyIdeas = أفكاري
MyIdeasTitle = أفكاري
MyAccountHeading = حسابك
MyAccountName = الاسم
MyAccountEmail = البريد الإلكتروني
MyAccountEmailPrivate = أنت وحدك ترى بريدك الإلكتروني. يرى الآخرون اسمك فقط.
MyNotificationSettings = إعدادات الإشعارات والبريد الإلكتروني
MyIdeasWritten = الأفكار التي كتبتها
MyIdeasSupported = الأفكار التي تدعمها
MyIdeasFollowed = أفكار الآخرين التي تتابعها
MyIdeasNoneWritten = لم تنشر أي فكرة بعد.
MyIdeasPostOne = انشر فكرة
MyIdeasNoneSupported = أنت لا تدعم أي فكرة بعد.
MyIdeasNoneFollowed = أنت لا تتابع أي فكرة من أفكار الآخرين بعد.
OwnIdeaTitle = فكرتك
OwnIdeaIntro = ما دام لم يتبنَّ أحد فكرتك، يمكنك تعديلها أو سحبها.
EditIdeaSummary = تعديل الفكرة
FieldOtherBuurt = منطقة سكنية أخرى
FieldOtherBuurtHint = اترك هذا الحقل فارغًا لتحتفظ بالمكان نفسه.
KeepPlace = الاحتفاظ بالمكان نفسه
SaveIdeaButton = حفظ التغييرات
WithdrawIdeaSummary = سحب الفكرة
WithdrawReasonLabel = لماذا تسحب فكرتك؟
WithdrawReasonHint = سيظهر هذا للجميع مع فكرتك، ليعرف من يدعمها السبب.
WithdrawIdeaButton = نعم، اسحب فكرتي
MessagesTitle = الرسائل
MessagesIntro = وجّه سؤالك إلى مسؤول التواصل: { $contact }. لا يقرأ الرسائل إلا المختصون الذين يعملون على هذه الفكرة. يبقى بريدك الإلكتروني مخفيًا.
MessagesNoContactYet = بمجرد أن يتبنّى أحد المختصين هذه الفكرة، يمكنك أن ترسل إليه رسالة هنا.
MessagesLoginFirst = سجّل الدخول لترسل رسالة إلى مسؤول التواصل عن هذه الفكرة.
MessageFieldLabel = رسالتك
SendMessageButton = إرسال الرسالة
MessagesFromResidents = رسائل من السكان
MessagesFromResidentsIntro = لا يقرأ هذه الرسائل إلا الساكن والمختصون الذين يعملون على هذه الفكرة.
MessagesConversationWith = محادثة مع { $name }
AnswerFieldLabel = ردّك على { $name }
AnswerButton = إرسال الرد
MessagesNone = لا توجد رسائل بعد.
MessagesYou = أنت
AdminEditProfessional = تعديل
AdminEditProfessionalTitle = تعديل بيانات { $name }
AdminSaveProfessional = حفظ
AdminNoOrganisation = بلا منظمة
AdminWerkgebied = نطاق العمل
AdminDeactivateProfessional = إلغاء التفعيل
AdminDeactivateProfessionalExplain = بعد ذلك لن يعود بإمكان { $name } العمل بصفة مختص. يبقى الحساب موجودًا كحساب ساكن، ويبقى كل ما نُشر منه.
AdminDeactivateConfirm = نعم، ألغِ التفعيل
AdminDeactivateLeadsFirst =
    { $count ->
        [zero] ليس لدى { $name } أي فكرة بصفة مسؤول التواصل.
        [one] لدى { $name } فكرة واحدة بصفة مسؤول التواصل. سلّمها أولًا عبر «تسليم جميع الأفكار».
        [two] لدى { $name } فكرتان بصفة مسؤول التواصل. سلّمهما أولًا عبر «تسليم جميع الأفكار».
        [few] لدى { $name } { $count } أفكار بصفة مسؤول التواصل. سلّمها أولًا عبر «تسليم جميع الأفكار».
        [many] لدى { $name } { $count } فكرة بصفة مسؤول التواصل. سلّمها أولًا عبر «تسليم جميع الأفكار».
       *[other] لدى { $name } { $count } فكرة بصفة مسؤول التواصل. سلّمها أولًا عبر «تسليم جميع الأفكار».
    }
AdminDeactivateOrganisation = إلغاء التفعيل
AdminDeactivateOrganisationExplain = بعد ذلك لن يعود بإمكان أي مختص من { $name } العمل بصفة مختص. سلّم أفكارهم أولًا.
AdminOrganisationDeactivated = تم إلغاء تفعيل المنظمة.
DoneSupported = أنت تدعم هذه الفكرة الآن.
DoneSupportWithdrawn = تم سحب دعمك.
DoneFollowed = أنت تتابع هذا الآن. سيصلك إشعار عندما يتغير شيء.
DoneUnfollowed = لم تعد تتابع هذا.
DoneClaimed = لقد تبنّيت الفكرة.
DoneReleased = لقد تخلّيت عن الفكرة.
DoneStatusChanged = تم تغيير الحالة.
DoneNoteAdded = تمت إضافة ملاحظتك.
DoneHandoverOffered = تم إرسال عرض التسليم.
DoneHandoverAccepted = لقد استلمت الفكرة.
DoneHandoverDeclined = لقد رفضت التسليم.
DoneHandoverWithdrawn = تم سحب عرض التسليم.
DoneMessageSent = تم إرسال رسالتك.
DoneIdeaEdited = تم تعديل فكرتك.
DoneIdeaWithdrawn = تم سحب فكرتك.
DoneDeactivated = تم إلغاء التفعيل.
DoneSaved = تم الحفظ.

## Open data (issue 11): the page /open-data, the Atom feeds and the DCAT description
FooterOpenData = البيانات المفتوحة
FeedLinkTitle = جديد هذه الصفحة (Atom)
FeedCityTitle = أفكار جديدة وتقدّم · { $publisher }
FeedWijkTitle = أفكار جديدة وتقدّم في { $wijk }
FeedIdeaTitle = تقدّم فكرة «{ $title }»
FeedSubmitted = فكرة جديدة: { $title }
FeedStatusChanged = «{ $title }»: { $status }
FeedStatusContent = تغيّرت الحالة من «{ $from }» إلى «{ $to }».
FeedStatusBy = بواسطة: { $role }.
OpenDataTitle = البيانات المفتوحة
OpenDataIntro = كل الأفكار العامة بيانات مفتوحة. يحق لأي شخص استخدامها، حتى في موقعه أو تطبيقه الخاص.
OpenDataPrivacy = لا تحتوي على أي شيء شخصي: لا أسماء ولا عناوين بريد إلكتروني للسكان، ولا ملاحظات المهنيين، ولا الأفكار المخفية.
OpenDataLicence = الترخيص
OpenDataPublisher = الناشر
OpenDataIdeasHeading = كل الأفكار في ملف
OpenDataGeojson = للخرائط وبرامج نظم المعلومات الجغرافية: GeoJSON بإحداثيات WGS84.
OpenDataCsv = لجداول البيانات: CSV بترميز UTF-8، فكرة واحدة في كل سطر.
OpenDataFiltersHeading = جزء من الأفكار فقط
OpenDataFiltersIntro = أضف واحدًا أو أكثر من هذه المعاملات إلى العنوان. المعامل غير المعروف أو الخاطئ يعطي رسالة خطأ (400) توضح المشكلة.
OpenDataParameter = المعامل
OpenDataMeaning = المعنى
OpenDataExample = مثال
OpenDataParamWijk = رمز الحي أو المنطقة (CBS).
OpenDataParamStatus = حالة الفكرة.
OpenDataParamCategory = موضوع الفكرة.
OpenDataParamSince = قُدّمت في هذا التاريخ أو بعده.
OpenDataParamBbox = داخل مستطيل: الغرب، الجنوب، الشرق، الشمال، بالدرجات (WGS84).
OpenDataStatusCodes = رموز الحالات
OpenDataCategoryCodes = رموز المواضيع
OpenDataFeedsHeading = ابقَ على اطلاع (Atom)
OpenDataFeedsIntro = أفكار جديدة وتغييرات في الحالة، لقارئ الخلاصات. لكل صفحة حي أو فكرة خلاصتها الخاصة أيضًا.
OpenDataFeedCity = البلدية كلها
OpenDataFeedWijk = حي واحد: { $wijk }
OpenDataFeedIdea = فكرة واحدة
OpenDataWardsHeading = حدود الأحياء
OpenDataWards = حدود كل الأحياء بصيغة GeoJSON. المصدر: Kadaster / هيئة الإحصاء الهولندية (CBS).
OpenDataCatalogHeading = وصف لسجلات البيانات
OpenDataCatalog = وصف وفق DCAT-AP (JSON-LD)، لإدراج البيانات في سجل data.overheid.nl.
OpenDataCaching = لكل إجابة ETag و Last-Modified. إذا سألت مرة أخرى مع If-None-Match تحصل على 304 عندما لا يتغير شيء. يحق للمواقع الأخرى جلب البيانات مباشرة (CORS).
DcatCatalogTitle = Wijkidee: البيانات المفتوحة
DcatDatasetTitle = أفكار السكان لأحيائهم
DcatDatasetDescription = أفكار يقدّمها السكان لحيّهم أو منطقتهم، مع المكان والموضوع والحالة والدعم وعدد التعليقات. بدون بيانات شخصية.

## The categories a new installation starts with (a category a municipality adds keeps its own name)
CategoryGroen = المساحات الخضراء
CategorySpelen = اللعب
CategoryVerkeer = المرور والسلامة
CategoryOntmoeten = الالتقاء
CategorySchoon = النظافة والصيانة
CategoryCultuur = الثقافة
CategoryAnders = أخرى

## Open311 keys on /beheer (issue 11)
AdminApiKeys = الربط (Open311)
AdminApiKeysIntro = يمكن لأنظمة أخرى، مثل تطبيق البلاغات، إرسال أفكار عبر Open311. أعطِ كل نظام مفتاحه الخاص. عندما يتوقف نظام، ألغِ مفتاحه.
AdminApiKeyName = اسم النظام
AdminApiKeyIssue = إنشاء مفتاح
AdminApiKeyIssued = مفتاح { $name } أدناه. انسخه الآن: لن يُعرض إلا مرة واحدة.
AdminApiKeyLabel = المفتاح
AdminApiKeyIdeas = الأفكار المرسلة: { $count }
AdminApiKeyRevoke = إلغاء المفتاح
AdminApiKeyRevoked = تم إلغاء المفتاح.
AdminApiKeyRevokedOn = أُلغي في
AdminNoApiKeys = لا توجد مفاتيح بعد.

## Progress on an idea: milestones, percentage, updates (issue 11)
ProgressTitle = التقدم
ProgressPercent = اكتمل { $percent }%
ProgressByHand = (تقدير المختص)
ProgressNone = لا توجد مراحل بعد.
MilestoneStateDone = مكتملة
MilestoneStateOpen = لم تكتمل بعد
MilestonePlannedOn = مخطط لها في { $date }
MilestoneDoneOn = اكتملت في { $date }
MilestoneAddTitle = أضف مرحلة
MilestoneTitleField = ما الذي سيتم عمله؟
MilestonePlannedField = التاريخ المخطط
MilestoneAddSubmit = أضف المرحلة
MilestoneMarkDone = اكتملت
MilestoneReopen = لم تكتمل بعد كل شيء
MilestoneMove = تاريخ آخر
MilestoneNewDay = التاريخ المخطط الجديد
MilestoneMoveSubmit = غيّر التاريخ
MilestoneRemove = احذف
UpdateTitle = انشر تحديثًا عن التقدم
UpdateField = الرسالة
UpdateHint = يستطيع الجميع قراءة هذا. من يتابع الفكرة يصله إشعار.
UpdateSubmit = انشر التحديث
ProgressSetTitle = قدّر التقدم بنفسك
ProgressPercentField = النسبة المكتملة (من 0 إلى 100)
ProgressPercentHint = اترك الحقل فارغًا ليُحسب التقدم من المراحل من جديد.
ProgressReasonField = لماذا هذه النسبة؟
ProgressSetSubmit = احفظ التقدم
DoneMilestoneAdded = أُضيفت المرحلة.
DoneMilestoneDone = عُلّمت المرحلة كمكتملة.
DoneMilestoneReopened = أُعيد فتح المرحلة.
DoneMilestoneMoved = تغيّر التاريخ.
DoneMilestoneRemoved = حُذفت المرحلة.
DoneUpdatePosted = نُشر التحديث.
DoneProgressSet = حُفظ التقدم.
TimelineMilestoneAdded = أضاف المرحلة «{ $title }»، المخطط لها في { $date }
TimelineMilestoneMoved = نقل المرحلة «{ $title }» من { $old } إلى { $date }
TimelineMilestoneDone = علّم المرحلة «{ $title }» كمكتملة ({ $date })
TimelineMilestoneReopened = أعاد فتح المرحلة «{ $title }»
TimelineMilestoneRemoved = حذف المرحلة «{ $title }»
TimelineProgressSet = قدّر التقدم بنسبة { $percent }%
TimelineProgressFollowsMilestones = جعل التقدم يُحسب من المراحل من جديد
TimelineUpdate = نشر تحديثًا عن التقدم
NotifProgress = نشر { $actor } تحديثًا عن التقدم في «{ $title }»
ErrProgressKeepersOnly = لا يتابع التقدم إلا المختصون الذين يعملون على هذه الفكرة ومحررو البلدية لهذا الحي.
ErrProgressNotNow = لا يمكن متابعة التقدم إلا والفكرة قيد التحضير أو التنفيذ.
ErrMilestoneTitleEmpty = اكتب ما الذي سيتم عمله.
ErrMilestoneTitleTooLong = اختصر المرحلة: 200 حرف على الأكثر.
ErrDateInvalid = أدخل تاريخًا حقيقيًا، مثل 2027-03-01.
ErrDoneInFuture = لا يمكن أن تكتمل مرحلة في المستقبل.
ErrMilestoneUnchanged = هذه المرحلة لم تعد موجودة أو هي كذلك بالفعل. أعد تحميل الصفحة.
ErrPercentInvalid = أدخل عددًا صحيحًا من 0 إلى 100، أو اترك الحقل فارغًا.
ErrProgressReasonRequired = اكتب لماذا يتغير التقدم.
ErrProgressReasonTooLong = اختصر الشرح: 2000 حرف على الأكثر.
ErrUpdateEmpty = اكتب رسالة أولًا.
ErrUpdateTooLong = اختصر الرسالة: 4000 حرف على الأكثر.

## Progress pages of the city and each wijk (issue 11)
ProgressPageCityTitle = التقدم في المدينة
ProgressPageWardTitle = التقدم في { $wijk }
ProgressPageIntro = ما الذي حدث لأفكار السكان.
ProgressPageAsOf = أرقام { $date }.
ProgressCountsTitle = الأفكار حسب الحالة
ProgressIdeasInAll =
    { $count ->
        [zero] لا أفكار بعد.
        [one] فكرة واحدة في المجموع.
        [two] فكرتان في المجموع.
        [few] { $count } أفكار في المجموع.
        [many] { $count } فكرة في المجموع.
       *[other] { $count } فكرة في المجموع.
    }
ProgressMonthsTitle = المقدمة والمنفذة شهريًا
ChartTitle = الأفكار شهريًا، آخر 24 شهرًا
ChartDescription = رسم بياني بالأعمدة. في هذه الفترة قُدّمت { $submitted } فكرة ونُفّذت { $realised }. الجدول المجاور فيه كل الأرقام.
ChartSubmitted = مقدمة
ChartRealised = منفذة
ChartMonth = الشهر
ChartTableCaption = الأفكار شهريًا، الأحدث أولًا
MonthYear = { $month } { $year }
ProgressDurationsTitle = ما مدى السرعة؟
ProgressPickUp = من التقديم حتى التبني
ProgressRealisation = من التقديم حتى التنفيذ
ProgressDurationFigure = في العادة { $median } (الوسيط). 9 من كل 10 خلال { $p90 }. محسوب على { $count } فكرة.
ProgressDurationNone = لا أفكار للقياس بعد.
ProgressDurationsHint = الوسيط هو الرقم الأوسط: نصف الأفكار أسرع والنصف الآخر أبطأ.
DayCount =
    { $count ->
        [zero] { $count } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
ProgressRealisedTitle = المنفذة
ProgressRealisedEmpty = لم تُنفذ أي فكرة بعد.
ProgressRealisedOn = نُفذت في { $date }
ProgressSubmittedOn = قُدمت في { $date }
ProgressUnclaimedTitle = لم يتبنها أحد منذ أكثر من { $days } يومًا
ProgressUnclaimedEmpty = لا أفكار تنتظر طويلًا. كل شيء تم تبنيه.
ProgressWaitingTitle = دعم كافٍ ({ $threshold } أو أكثر)، تنتظر قرارًا
ProgressWaitingEmpty = لا أفكار ذات دعم كافٍ تنتظر قرارًا.
ProgressListMore = أول { $shown } من { $total }.
ProgressExportLink = كل الأفكار كملف CSV
ProgressLinkCity = التقدم في المدينة
ProgressLinkWard = التقدم في هذا الحي
SummaryTitle = ملخص البلدية
SummaryPublishedOn = نُشر في
SummaryEarlier =
    { $count ->
        [zero] لا ملخصات سابقة
        [one] ملخص سابق واحد
        [two] ملخصان سابقان
        [few] { $count } ملخصات سابقة
        [many] { $count } ملخصًا سابقًا
       *[other] { $count } ملخص سابق
    }
SummaryWrite = اكتب ملخصًا
SummaryField = الملخص
SummaryHint = قل باختصار ما حدث في الحي وما هو قادم. يستطيع الجميع قراءة هذا. تبقى الملخصات السابقة متاحة للقراءة.
SummaryPublish = انشر
DoneSummaryPublished = نُشر الملخص.
ErrEditorsOfWardOnly = لا ينشر الملخص إلا محررو البلدية لهذا الحي.
ErrSummaryEmpty = اكتب ملخصًا أولًا.
ErrSummaryTooLong = اختصر الملخص: 4000 حرف على الأكثر.
FeedProgressEntry = { $title }: التقدم
