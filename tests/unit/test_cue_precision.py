"""Cues must find the sign, not the everyday words it shares: each pair below is one
ordinary sentence a loose cue once matched, and a sentence with the sign itself. Cues alone
(no sentence model), so these test the knowledge base's words directly."""

from __future__ import annotations

import pytest

from safeshare.domain.observation import Observation, infer
from safeshare.domain.signs import weigh
from safeshare.knowledge import KnowledgeBase

PAIRS = [
    # harm, ordinary wording, the sign
    ("financial_abuse", "He was late because the bus broke down.", "She is always broke."),
    (
        "financial_abuse",
        "My mum has decided to leave money in her will to her church.",
        "Her nephew has her bank card and her pension.",
    ),
    (
        "online_abuse",
        "He stayed up late gaming with his friends.",
        "She has been talking to a man online who asks her to keep it secret.",
    ),
    (
        "radicalisation",
        "She is changing religion after joining a church youth group.",
        "He has suddenly changed his beliefs and lectures everyone about the cause.",
    ),
    (
        "sexual_abuse",
        "My daughter had friends round for a sleepover.",
        "Her stepdad sleeps in bed with the girl.",
    ),
    (
        "child_sexual_exploitation",
        "An older man at the day centre is moving into a care home.",
        "She is 14 and has an older boyfriend.",
    ),
    (
        "neglect",
        "His son takes him out for lunch every month.",
        "He hides bread rolls in his pockets to take home.",
    ),
    ("neglect", "They live in a small flat near the school.", "He seems withdrawn and lonely."),
    (
        "modern_slavery",
        "Her husband picks her up from work every day.",
        "The men are working day and night for no pay.",
    ),
    (
        "forced_marriage",
        "A man with a learning disability told me his brother slaps him.",
        "She has a learning disability and does not understand what marriage means.",
    ),
    (
        "forced_marriage",
        "He shouts at the carers to go away.",
        "She is being sent abroad to be married.",
    ),
    (
        "missing_person",
        "She missed her dentist appointment.",
        "He has gone missing from the children's home.",
    ),
    (
        "physical_abuse",
        "He carries a knife.",
        "A man has been stabbed outside the pub.",
    ),
    (
        "missing_person",
        "He has been missing lessons on Fridays.",
        "She went missing from home last night.",
    ),
    (
        "forced_marriage",
        "The mother engaged well with the health visitor.",
        "Her parents announced her engagement to a man she has never met.",
    ),
    (
        "child_criminal_exploitation",
        "She missed two days of school for a family funeral.",
        "He keeps going missing from school and turning up in another town.",
    ),
    (
        "sexual_abuse",
        "Her dad comes into her room in the morning to wake her for school.",
        "Her stepdad comes into her room at night.",
    ),
    (
        "neglect",
        "She is at home on her own for an hour after school until her mum gets back.",
        "A toddler is left alone in a cot all day.",
    ),
    (
        "neglect",
        "My 15 year old daughter walks the dog alone in the park after school.",
        "Police found a 4 year old alone in the flat at midnight.",
    ),
    (
        "forced_marriage",
        "Someone online wants my bank login so they can send me money from abroad.",
        "She is frightened she will be sent abroad this summer.",
    ),
    (
        "missing_person",
        "He has started missing training since exams began.",
        "She has gone missing from her foster home.",
    ),
    (
        "child_criminal_exploitation",
        "She has a new phone for her birthday.",
        "He has an expensive phone and can't explain where it came from.",
    ),
    (
        "child_sexual_exploitation",
        "She chats to her cousins on her new phone.",
        "She is picked up from school by a different older man each week.",
    ),
    (
        "self_neglect",
        "He gave up smoking when he went on oxygen.",
        "He smokes next to his oxygen cylinder and there are scorch marks on the carpet.",
    ),
    (
        "neglect",
        "He has grown so much since last year.",
        "The 7 year old hasn't grown since last year and eats ravenously at breakfast club.",
    ),
    (
        "modern_slavery",
        "He works in the storeroom at the supermarket.",
        "The boy works all week at the restaurant and sleeps in the storeroom.",
    ),
    (
        "modern_slavery",
        "The agency found him a warehouse job and he pays rent to his landlord.",
        "He says the agency takes most of his wages for rent and keeps his passport.",
    ),
    (
        "sexual_abuse",
        "He does things around the house to help his mum.",
        "She said her mum's boyfriend does things to her when mum is at work.",
    ),
    (
        "cuckooing",
        "A different friend visits her every weekend.",
        "A different man is calling at her flat every hour, day and night.",
    ),
    (
        "fgm",
        "She has been cutting her arms again since her divorce.",
        "She told the nurse she was cut as a little girl in Guinea.",
    ),
    (
        "sexual_abuse",
        "He took photos of her at the wedding.",
        "A man took photos of her without her clothes on.",
    ),
    (
        "self_neglect",
        "Her husband refuses to help her to the toilet when he is angry.",
        "She refuses help from the carers and won't let anyone in.",
    ),
    (
        "child_sexual_exploitation",
        "Her parents took her phone away after she came home late once.",
        "She keeps coming home late and won't say where she has been.",
    ),
    (
        "physical_abuse",
        "She rang crying and doesn't know where she is.",
        "He couldn't explain how he got the bruises.",
    ),
    (
        "emotional_abuse",
        "Adults drinking on the benches shout at parents bringing children to the playgroup.",
        "Her dad is always screaming at the kids.",
    ),
    (
        "neglect",
        "She refuses help from the carers and won't let anyone in.",
        "Her husband refuses to help her to the toilet and leaves her in the chair all day.",
    ),
    (
        "neglect",
        "The youth leader gives one 12 year old boy lifts home on his own.",
        "A four year old was left on his own in the flat all evening.",
    ),
    (
        "online_abuse",
        "He is upset that his phone was taken off him after he was caught vaping.",
        "She is upset and withdrawn after using her phone at night.",
    ),
    (
        "missing_person",
        "His phone was taken off him by his dad.",
        "She has not come home and her phone is switched off.",
    ),
    (
        "cuckooing",
        "She is having difficulties learning to drive.",
        "The man downstairs has learning difficulties.",
    ),
    (
        "cuckooing",
        "She is scared to go back to work after her operation.",
        "She is too scared to go home since the men moved in.",
    ),
    (
        "cuckooing",
        "Her sons are staying with her for the weekend.",
        "Two lads from London have been staying at her flat for weeks.",
    ),
    (
        "self_harm",
        "She waved goodbye to her friends at the school gate.",
        "She posted 'bye everyone' with a picture from the top of the car park.",
    ),
    (
        "financial_abuse",
        "The neighbour has borrowed our ladder for the weekend.",
        "Her carer has borrowed two thousand pounds from her.",
    ),
    (
        "financial_abuse",
        "He won't show me his holiday photos.",
        "Her son does her shopping with her card and won't show her the receipts.",
    ),
    (
        "domestic_abuse",
        "He grabbed his coat and left for work.",
        "She told me her partner only grabbed her.",
    ),
    (
        "honour_based_abuse",
        "Her uncle is waiting outside school to pick her up.",
        "Her husband's family have put a price on her head for leaving him.",
    ),
    (
        "honour_based_abuse",
        "Her brothers are waiting outside the cinema for her.",
        "Her brothers have been seen outside the refuge.",
    ),
    (
        "hate_crime",
        "The baby spat out her food at teatime.",
        "People have been spitting at a Polish family on our street.",
    ),
    (
        "hate_crime",
        "The leaflets came through the letterbox this morning.",
        "Someone put dog mess through their letterbox again.",
    ),
    (
        "self_neglect",
        "She wore the same dress as her sister to the wedding.",
        "He has been wearing the same clothes for weeks.",
    ),
    (
        "self_neglect",
        "She mopped up the spilt milk on the kitchen floor.",
        "There is urine on the floor and his fridge is empty.",
    ),
    (
        "emotional_abuse",
        "He made a mistake in his spelling test.",
        "His dad calls him 'the mistake'.",
    ),
    (
        "emotional_abuse",
        "She is not allowed to eat in class.",
        "He is not allowed to eat with the rest of the family.",
    ),
    (
        "burglary_risk",
        "The children drew chalk pictures on the pavement.",
        "Someone has chalked symbols on the gateposts of the bungalows.",
    ),
    (
        "fgm",
        "She had an operation on her knee in the summer.",
        "She had an operation down there in the holidays.",
    ),
    (
        "child_sexual_exploitation",
        "She came home in a taxi her dad paid for.",
        "She comes back in taxis paid for by older men.",
    ),
    (
        "child_sexual_exploitation",
        "She got a love bite at the school disco.",
        "She has a love-bite from a 28 year old.",
    ),
    (
        "scam_fraud",
        "She says she's nervous about scams but wants to bank online.",
        "She fell for a scam and lost her savings.",
    ),
    (
        "domestic_abuse",
        "The nurse rings twice a day to check on him.",
        "Her husband rings the office ten times a day to check she is at her desk.",
    ),
    (
        "domestic_abuse",
        "She has to send her mum a photo of the baby.",
        "She has to send him a photo of who she eats lunch with.",
    ),
    (
        "emotional_abuse",
        "Nobody wants the last biscuit.",
        "She is terrified of getting anything wrong and says nobody wants her.",
    ),
    (
        "honour_based_abuse",
        "My mum would rather be dead than go into a home.",
        "Her father said he would rather she was dead than with her boyfriend.",
    ),
    (
        "honour_based_abuse",
        "Her brother reads her a story at bedtime.",
        "Her brothers read her phone every night.",
    ),
    (
        "sexual_abuse",
        "She pulled up her socks and went out to play.",
        "She was found with her nightdress pulled up.",
    ),
    (
        "child_sexual_exploitation",
        "Her dad and her uncles are in their thirties.",
        "She was in a car with two men in their thirties.",
    ),
    (
        "financial_abuse",
        "He has taken out a loan for a new kitchen.",
        "Loans have been taken out in his name.",
    ),
    (
        "financial_abuse",
        "The snow was gone within two days.",
        "His benefits are gone within two days.",
    ),
    (
        "hate_crime",
        "She taught the children to dance for the show.",
        "Teenagers make him dance for sweets.",
    ),
    (
        "hate_crime",
        "A man is being filmed for the local news.",
        "A man with Down's syndrome is being filmed and laughed at.",
    ),
    (
        "physical_abuse",
        "She cleared her throat and began to sing.",
        "He grabbed her by the throat.",
    ),
    (
        "physical_abuse",
        "The pins were holding the hem down.",
        "He pinned her against the wall.",
    ),
    (
        "domestic_abuse",
        "Her boyfriend will get the shopping on his way home.",
        "Her boyfriend is outside and is going to kill her.",
    ),
    (
        "domestic_abuse",
        "Her mum calls constantly to check on the baby.",
        "Her husband calls ten times a day to check where she is.",
    ),
    (
        "emotional_abuse",
        "She puts the washing out in the garden.",
        "Her mum puts her in the naughty cupboard.",
    ),
    (
        "physical_abuse",
        "She pinned her hair up for the wedding.",
        "He pinned her against the car.",
    ),
    (
        "honour_based_abuse",
        "Her dad checks her phone before bed.",
        "Her cousins check her phone every night.",
    ),
    (
        "self_harm",
        "She posted a photo of her new bike.",
        "She sent her friend a photo of razor blades.",
    ),
    (
        "domestic_abuse",
        "The court says he can have the children every other weekend.",
        "The court says he can't see the children.",
    ),
    (
        "domestic_abuse",
        "She says she can't have cake, no one in the family can.",
        "He texted her: if I can't have you, no one can.",
    ),
    (
        "neglect",
        "Dad drove the children to school in the back of the car.",
        "Dad was drunk with the children in the back of the car.",
    ),
    (
        "modern_slavery",
        "She has her passport ready for the holiday.",
        "He has her passport and keeps it locked away.",
    ),
    (
        "financial_abuse",
        "Her son helps her with the bills.",
        "A neighbour has been helping him with his online banking.",
    ),
    (
        "financial_abuse",
        "He pays the rent by transfer into his landlord's account.",
        "There are transfers into an account he doesn't recognise.",
    ),
    (
        "sexual_abuse",
        "She does sex education at the college.",
        "A man at her day centre does sex with her.",
    ),
    (
        "online_abuse",
        "The class group chat shares photos of the school trip.",
        "A girl in the group chat keeps sending nasty edited pictures of her.",
    ),
    (
        "online_abuse",
        "She told him to go and buy some milk.",
        "Older girls keep telling her to go and kill herself.",
    ),
    (
        "honour_based_abuse",
        "Her brother drives her to college when it rains.",
        "Her cousins drive her to and from college every day.",
    ),
    (
        "honour_based_abuse",
        "Her dad will deal with the school about it.",
        "Her uncle said the family will deal with her.",
    ),
    (
        "scam_fraud",
        "Her son drove her to the bank to sort out her account.",
        "They drove her to the bank for the cash.",
    ),
    (
        "scam_fraud",
        "The council told them the wall was dangerous and fenced it off.",
        "Two men told my neighbour that her roof was dangerous.",
    ),
    (
        "scam_fraud",
        "The builders are coming back tomorrow to finish the kitchen.",
        "The builders are coming back tomorrow for more money.",
    ),
    (
        "burglary_risk",
        "She keeps her keys in her handbag.",
        "She keeps a spare key under the mat.",
    ),
    (
        "domestic_abuse",
        "Dad bought a new TV for the lounge.",
        "His dad smashed the TV last night.",
    ),
    (
        "missing_person",
        "She wrote that she wishes she could disappear.",
        "She disappeared from the park this afternoon.",
    ),
    (
        "financial_abuse",
        "She pays with her card at the till.",
        "Her grandson pays with the customer's card.",
    ),
    (
        "financial_abuse",
        "She has put money on her gas meter this week.",
        "She hasn't had money for her gas since he moved in.",
    ),
    (
        "sexual_abuse",
        "Her uncle was in bed with flu all week.",
        "She said Uncle Dave was in bed with no clothes on.",
    ),
    (
        "sexual_abuse",
        "She mustn't forget her PE kit.",
        "It's their special game that mummy mustn't know about.",
    ),
    (
        "physical_abuse",
        "He says his trousers are from the market.",
        "He has marks on his wrists he says are from the belt.",
    ),
    (
        "scam_fraud",
        "A police officer said his car was parked on the zigzags.",
        "A police officer rang and said his account was compromised.",
    ),
    (
        "scam_fraud",
        "He asked me not to tell his sister about the party.",
        "He was told not to tell the bank staff why he wanted the cash.",
    ),
    (
        "hate_crime",
        "He has spastic cerebral palsy and uses a wheelchair.",
        "Teenagers kept calling a man in a wheelchair a spastic.",
    ),
    (
        "burglary_risk",
        "She was photographing the sunset over the bay.",
        "Two men were photographing the houses on our close.",
    ),
    (
        "burglary_risk",
        "She drives slowly round the estate because of the speed bumps.",
        "A white van keeps driving slowly round our close.",
    ),
    (
        "domestic_abuse",
        "Her husband is outside in the car park waiting.",
        "Her boyfriend is outside looking for her.",
    ),
    (
        "modern_slavery",
        "He has a burn on his hand from the oven.",
        "He has untreated burns on his hands from work.",
    ),
    (
        "modern_slavery",
        "The boss filled the van with petrol.",
        "The boss who brought him filled in the form and answered for him.",
    ),
    (
        "forced_marriage",
        "She's going to a wedding in Bangladesh and can't wait to see her cousins.",
        "They are taking her to Bangladesh for her wedding to a man she has never met.",
    ),
    (
        "fgm",
        "She had a cut on her knee from the playground.",
        "She had 'the cut' when she was little.",
    ),
    (
        "fgm",
        "Her sister is going to have her birthday party on the trip.",
        "Her younger sister is going to have hers on their trip this summer.",
    ),
    (
        "neglect",
        "She changed the baby's nappy before they left.",
        "The baby was in a soaked nappy in a cold room.",
    ),
    (
        "neglect",
        "Mum got up early to make the bottles.",
        "Mum hasn't been out of bed for days and the bottle had gone sour.",
    ),
    (
        "financial_abuse",
        "His rent is paid on the first of the month.",
        "His rent is three months behind.",
    ),
    (
        "financial_abuse",
        "He has lost his bank card again.",
        "His nephew has his bank card.",
    ),
    (
        "financial_abuse",
        "He gives much of his spare money to the food bank.",
        "She has been giving her pension to a man who says he can cure her.",
    ),
    (
        "cuckooing",
        "He weighs his flour on the kitchen scales.",
        "There are scales and cling film on the kitchen side.",
    ),
    (
        "child_criminal_exploitation",
        "He took the train to the coast with his family.",
        "He was stopped on a train to the coast with £800 and a knife.",
    ),
    (
        "anti_social_behaviour",
        "They play music in the garden on a Sunday afternoon.",
        "He plays music at full blast at 3am.",
    ),
    (
        "anti_social_behaviour",
        "He walks his dog along the path every morning.",
        "He lets his dog foul our doorsteps.",
    ),
    (
        "sexual_abuse",
        "He keeps his papers under the table.",
        "A man keeps touching her under the table and says it's what friends do.",
    ),
    (
        "neglect",
        "She keeps her tablets in the bathroom cabinet.",
        "Her tablets are found on the floor and her meals are left out of reach.",
    ),
    (
        "physical_abuse",
        "She wears a watch on her wrist.",
        "A night carer grabbed her wrists hard.",
    ),
    (
        "physical_abuse",
        "He ironed his shirt for the party.",
        "He has a burn on his arm the shape of an iron.",
    ),
    (
        "financial_abuse",
        "Her new boyfriend is about her age and works at the library.",
        "She has a new boyfriend half her age.",
    ),
    (
        "financial_abuse",
        "She signed the birthday card and sent it to him.",
        "She has signed the tenancy over to him.",
    ),
    (
        "burglary_risk",
        "A second man walked past the shop later on.",
        "While she looked for it, a second man walked in through the back.",
    ),
    (
        "self_neglect",
        "She puts her bins out every Thursday.",
        "She hasn't put her bins out for weeks.",
    ),
    (
        "sexual_abuse",
        "She pays the rent by standing order.",
        "Her landlord says she can pay the rent another way.",
    ),
    (
        "forced_marriage",
        "Her family are planning a party for her birthday.",
        "Her family are marrying her to a man in his 30s.",
    ),
    (
        "physical_abuse",
        "The nurse checked a resident's ears.",
        "An agency worker was flicking a resident's ear.",
    ),
    (
        "domestic_abuse",
        "Her husband answers the phone when she is busy.",
        "He pinches her arms when she answers back.",
    ),
    (
        "scam_fraud",
        "She bought a new computer from the shop.",
        "A man from Microsoft has been on her computer for hours.",
    ),
    (
        "fgm",
        "She asked where she could find someone to cut her hair.",
        "She asked where she could find a woman to do the cutting here.",
    ),
    (
        "radicalisation",
        "He spends hours on gaming forums.",
        "He spends hours on incel forums.",
    ),
    (
        "financial_abuse",
        "My aunt made a will leaving the house to her church.",
        "He asked us to draw up a new will for his aunt leaving everything to him.",
    ),
    (
        "honour_based_abuse",
        "She wears a headscarf to school and her uncles pick her up.",
        "If her uncles see her without a headscarf they'll kill her.",
    ),
    (
        "hate_crime",
        "The history class learnt about the Nazis.",
        "Older boys were doing Nazi salutes at him in the playground.",
    ),
    (
        "hate_crime",
        "A football smashed the window of the shop across the road.",
        "A man threw a bottle through the window of the Muslim family's house.",
    ),
    (
        "child_sexual_exploitation",
        "Her report says she is very mature for her age.",
        "Her teacher keeps messaging her that she is mature for her age.",
    ),
    (
        "child_criminal_exploitation",
        "He keeps his bus pass in his shoe.",
        "Police found packages hidden in his socks.",
    ),
    (
        "domestic_abuse",
        "Her husband takes it all in his stride.",
        "Her husband takes it all, every payday.",
    ),
    (
        "radicalisation",
        "He is organising people to go to the hotel for the wedding.",
        "He is organising people to go to the hotel where asylum seekers live.",
    ),
    (
        "neglect",
        "The only food he eats is pasta.",
        "The only food in the house was a bag of sugar.",
    ),
    (
        "neglect",
        "She missed two days with flu.",
        "He has missed 40 days this year.",
    ),
    (
        "neglect",
        "Her new glasses arrived and she loves them.",
        "Her glasses broke in the summer and her mum says new ones aren't a priority.",
    ),
    (
        "neglect",
        "Residents can have a drink whenever they like.",
        "Residents can't have a drink after six so they won't wet the bed.",
    ),
    (
        "cuckooing",
        "Her friends walked her home after the party.",
        "New friends have changed the lock on his front door.",
    ),
    (
        "cuckooing",
        "The builders come and go during the day.",
        "Men come and go all night.",
    ),
    (
        "sexual_abuse",
        "He was looking at pictures of his holiday on the library computer.",
        "He was looking at pictures of young children in swimwear on the library computer.",
    ),
    (
        "child_criminal_exploitation",
        "He spends his pocket money on sweets.",
        "A man hands the boys vapes and cash after school.",
    ),
    (
        "radicalisation",
        "He watches clips of football matches.",
        "He shares clips of a mass shooter.",
    ),
    (
        "burglary_risk",
        "She is making notes about which houses need leaflets for the fete.",
        "A man was writing notes about which houses have key safes.",
    ),
    (
        "hate_crime",
        "A woman was followed home by her dog.",
        "A trans woman was followed home by three men.",
    ),
    (
        "child_sexual_exploitation",
        "Her mum is pregnant with twins.",
        "She thinks she is pregnant.",
    ),
    (
        "self_harm",
        "She wants the noise to stop.",
        "She drank some of the bleach because she wants it all to stop.",
    ),
    (
        "physical_abuse",
        "He lost his glasses at the match.",
        "He pulled a knife on a boy outside the chip shop.",
    ),
    (
        "financial_abuse",
        "She signed the forms after reading them with her daughter.",
        "Her son had her sign the forms without reading them.",
    ),
    (
        "neglect",
        "He takes his morphine patches as the nurse showed him.",
        "His daughter sells his morphine patches.",
    ),
    (
        "modern_slavery",
        "The spare room has a mattress for guests.",
        "A padlocked room with a mattress and a bucket.",
    ),
    (
        "forced_marriage",
        "The bride cried with happiness at the reception.",
        "Her father answered every question for her at the notice of marriage.",
    ),
    (
        "burglary_risk",
        "Which of the older residents would like a Christmas hamper?",
        "Someone asked which of the older residents are away for Christmas.",
    ),
    (
        "domestic_abuse",
        "Her partner has a mortgage in his name.",
        "Her partner has run up debts in her name.",
    ),
    (
        "self_harm",
        "Dad is in the garage fixing the car.",
        "He is sitting in the garage with the engine running.",
    ),
    (
        "missing_person",
        "He can't remember where he put his keys.",
        "An old man who can't tell us where he lives.",
    ),
    (
        "hate_crime",
        "A man in a dressing gown waved at the cars.",
        "They called her a bloke in a dress.",
    ),
    (
        "hate_crime",
        "Her husband signs for her because she is deaf.",
        "He is picked on because he is deaf.",
    ),
    (
        "sexual_abuse",
        "A man on licence for burglary has moved in with his mum.",
        "A man convicted of sexual offences against children has moved in with a mother of two.",
    ),
    (
        "cuckooing",
        "Her son moved into her flat after his divorce and does her shopping.",
        "The men who moved into her flat take her benefits.",
    ),
    (
        "child_criminal_exploitation",
        "He showed us the new phone he got for his birthday.",
        "He has a new phone he won't show us.",
    ),
    (
        "self_harm",
        "She said she's done with her homework.",
        "He has been giving his things away and says he's done.",
    ),
    (
        "domestic_abuse",
        "Her ex still texts her about the children's pick-up times.",
        "Her ex keeps texting her threats.",
    ),
    (
        "financial_abuse",
        "He pawned his own watch to pay the rent.",
        "Her son has pawned his mother's rings again.",
    ),
    (
        "financial_abuse",
        "His son has his own bank card now he is eleven.",
        "Her son now has all her bank cards.",
    ),
    (
        "financial_abuse",
        "She gives her son money for the bus.",
        "Her son won't give her money for food.",
    ),
    (
        "scam_fraud",
        "He forgot his banking password and the bank reset it.",
        "Two men asked him for his online banking login.",
    ),
    (
        "emotional_abuse",
        "His dad makes him stand up straight for photos.",
        "His dad makes him stand in the garden all night.",
    ),
    (
        "neglect",
        "She fell asleep on the sofa after football training.",
        "He has fallen asleep on parade twice.",
    ),
    (
        "neglect",
        "He waits on the step for his mum to lock the door.",
        "He waits on the step for an hour most days.",
    ),
    (
        "neglect",
        "It was a freezing day so we stayed at home.",
        "The children live in a freezing house.",
    ),
    (
        "self_neglect",
        "She is flying to Spain next week.",
        "There are flies everywhere in her kitchen.",
    ),
    (
        "radicalisation",
        "She says women should be paid the same as men.",
        "He says women owe men sex.",
    ),
    (
        "modern_slavery",
        "Her uncle picked her up from the airport.",
        "She was with a man who says he is her uncle.",
    ),
    (
        "modern_slavery",
        "She carried her own passport and her son's.",
        "Her bag held two passports that weren't hers.",
    ),
    (
        "modern_slavery",
        "She asked the shop for change for the car park.",
        "The boy asks passers-by for money and the man takes all of it.",
    ),
    (
        "modern_slavery",
        "He fitted a lock on the bathroom door.",
        "He wanted a lock on the outside of the bedroom door to keep the girls in.",
    ),
    ("modern_slavery", "She packed her luggage for the trip.", "She had no luggage."),
    (
        "modern_slavery",
        "Her dad is going to work in the family business.",
        "She said she was going to work for a family.",
    ),
    (
        "honour_based_abuse",
        "Her brothers will sort her out with a lift to work.",
        "Her brothers will sort her out for talking to a boy.",
    ),
    (
        "drug_dealing",
        "She asked me to keep a parcel for her while she's away.",
        "He asked us to keep a sealed bag in the dog's crate.",
    ),
    (
        "anti_social_behaviour",
        "We set off fireworks in the garden on bonfire night.",
        "Youths have set off fireworks at the bus shelter every night.",
    ),
    (
        "fgm",
        "Her mother will make sure the baby has a christening gown.",
        "Her mother will make sure the baby has the same.",
    ),
    ("fgm", "Her own haircut was done at home.", "Her own cutting was done in Mali."),
    (
        "child_sexual_exploitation",
        "She was met at the gate by her dad.",
        "She is met at the school gate by a man.",
    ),
    (
        "self_harm",
        "The kids climbed over the fence into the field.",
        "She has climbed over the rail of the bridge.",
    ),
    ("online_abuse", "His toenails have grown into the skin.", "A man online promised her skins."),
    (
        "burglary_risk",
        "The door was opened by a boy of about nine.",
        "They left the back door open all night.",
    ),
    (
        "child_sexual_exploitation",
        "The groom gave a speech and the girls danced.",
        "A man is grooming her online.",
    ),
    (
        "child_sexual_exploitation",
        "She helps out at a dog grooming salon.",
        "She is being groomed by an older man.",
    ),
    (
        "forced_marriage",
        "The groom met the photographer that morning.",
        "She met the groom that morning.",
    ),
    (
        "forced_marriage",
        "The bride's sister, who looked about 16, was a bridesmaid.",
        "The bride, who looked about 16, was crying.",
    ),
    ("forced_marriage", "Her 16 year old cousin was a bridesmaid.", "She is a 15 year old bride."),
    (
        "forced_marriage",
        "The rain could not stop the wedding.",
        "He asked whether the police can stop a wedding.",
    ),
    (
        "hate_crime",
        "She says she is queer and proud.",
        "They shouted that they'd sort out the queers.",
    ),
    (
        "self_harm",
        "Sorry I'm late, can you look after my dog on Saturday?",
        "I'm so sorry, look after my cat.",
    ),
    (
        "self_harm",
        "We won't see her again until the summer.",
        "He told me I won't see him after Christmas.",
    ),
    ("self_harm", "He paid his rent a month late.", "He has paid his plot fees years ahead."),
    (
        "self_harm",
        "He counts calories for his diabetes.",
        "Her teacher found laxatives and a notebook of calorie counts.",
    ),
    ("neglect", "Her mum sleeps in the afternoon after night shifts.", "His mum sleeps all day."),
    (
        "fgm",
        "Does anyone know someone who can do the girls' hair for the wedding?",
        "He asked if anyone knows a woman who can do the girls over half term.",
    ),
    (
        "financial_abuse",
        "She pays catalogue bills for a TV she bought herself.",
        "His debts are catalogue orders for a phone his grandson uses.",
    ),
    (
        "scam_fraud",
        "The gas was cut off for an hour for repairs.",
        "He told her to pay today or be cut off.",
    ),
    (
        "modern_slavery",
        "A van brings the builders at eight.",
        "A van drops six men at the laundrette.",
    ),
    (
        "modern_slavery",
        "She counts the children back onto the coach.",
        "The driver counts them back into the van.",
    ),
    ("modern_slavery", "He pays his rent from his wages.", "He keeps their wages for rent."),
    (
        "child_criminal_exploitation",
        "He keeps his lunch money in his sock.",
        "He was taking small bags out of his sock.",
    ),
    (
        "child_criminal_exploitation",
        "She was upset about losing the parcel the postman left.",
        "The man said he'd hurt him for losing the package.",
    ),
    (
        "physical_abuse",
        "Her mum was laying into her about her messy room.",
        "Three men were laying into a lad in the car park.",
    ),
    (
        "burglary_risk",
        "She asked which houses have a recycling collection on Tuesday.",
        "They asked which houses belong to old people living alone.",
    ),
    ("physical_abuse", "They cut back the hedges.", "She has cuts on her back."),
    (
        "neglect",
        "He has his toenails cut at the clinic.",
        "His toenails have grown into the skin and his socks are stuck to open sores.",
    ),
    (
        "financial_abuse",
        "She paid with her own card and was pleased with the bargain.",
        "A man chose furniture for his own place and had her pay with her card.",
    ),
    (
        "financial_abuse",
        "He took out a phone contract for himself.",
        "Two lads took out three contracts in his name.",
    ),
    (
        "financial_abuse",
        "Her son helps her sign up for the library.",
        "Her son only visits to make her sign things.",
    ),
    (
        "domestic_abuse",
        "She orders whatever is on offer.",
        "She orders whatever her boyfriend texts her to have.",
    ),
    (
        "domestic_abuse",
        "He fixed the hole in the bedroom door.",
        "She showed me a hole in her bedroom door where he missed.",
    ),
    (
        "domestic_abuse",
        "She volunteers at the charity shop.",
        "She asked me quietly if a refuge would take a newborn.",
    ),
    (
        "child_sexual_exploitation",
        "A man bought tickets for his own family.",
        "A man in his fifties buys cinema tickets for two girls.",
    ),
    (
        "scam_fraud",
        "He can't get hold of his son this week.",
        "A man sold him a guaranteed bond and now he can't get hold of the seller.",
    ),
    (
        "scam_fraud",
        "He paid his wages into his account.",
        "A company wants to pay money into his account so he can send it on.",
    ),
    (
        "neglect",
        "She has been given her tablets every morning.",
        "She hasn't been given her medication for two weeks.",
    ),
    (
        "neglect",
        "She collected her medication from the pharmacy.",
        "Her medication keeps coming back unopened.",
    ),
    (
        "neglect",
        "He waited for the bus on his own.",
        "He has been in the museum on his own since it opened.",
    ),
    (
        "sexual_abuse",
        "Her mum takes photos of the children at the beach.",
        "Her mum's boyfriend takes photos of her in the bath.",
    ),
    ("sexual_abuse", "It was our special treat to stay up late.", "He calls it our special job."),
    (
        "cuckooing",
        "Her sons will be cross if they miss football.",
        "The old lady kept saying the boys would be cross.",
    ),
    ("drug_dealing", "She weighed the flour on the scales.", "Scales and dozens of tiny bags."),
    (
        "child_criminal_exploitation",
        "He topped up his bus pass.",
        "He tops up three different phones with cash.",
    ),
    (
        "child_criminal_exploitation",
        "He does the school runs for his mum.",
        "He keeps doing the runs for an older lad.",
    ),
    ("physical_abuse", "She has beautiful blue eyes.", "A 2 year old with two black eyes."),
    (
        "physical_abuse",
        "He ran to his dad when he came to collect him.",
        "He screamed and hid when his dad came to collect him.",
    ),
    (
        "physical_abuse",
        "He held the lighter to the candle.",
        "They held a lighter to his hand.",
    ),
    (
        "self_harm",
        "The baby went to sleep and did not wake up till six.",
        "She says she just wants to sleep forever.",
    ),
    (
        "honour_based_abuse",
        "Her brothers will finish the decorating.",
        "Her brothers said the family will finish her.",
    ),
    (
        "emotional_abuse",
        "She has locked herself in the bathroom to cry.",
        "Her stepdad locks her in the bedroom.",
    ),
    (
        "emotional_abuse",
        "She'll go in the care home if she wants to.",
        "He tells her she'll go in the cheap home if she refuses.",
    ),
    (
        "modern_slavery",
        "She ran back inside for her coat.",
        "The young woman hides upstairs when visitors come.",
    ),
    (
        "domestic_abuse",
        "Her ex is waiting outside to collect the children.",
        "Her ex is in the car park, waiting by her car.",
    ),
    (
        "modern_slavery",
        "She asked which city we were flying to.",
        "They asked me which city they were in.",
    ),
    (
        "neglect",
        "They bought a new mattress for the spare room.",
        "The children sleep on a urine-soaked mattress.",
    ),
    ("neglect", "A girl of about 4 is playing with her mum.", "A girl of about 4 is alone."),
    (
        "modern_slavery",
        "The children were sleeping on a mattress on the floor.",
        "Men sleep on mattresses on the floor of the garage.",
    ),
    (
        "modern_slavery",
        "They go in at night with a torch to check the boiler.",
        "Young men go in at night with sleeping bags.",
    ),
    (
        "modern_slavery",
        "She asked me what time the train leaves.",
        "She asked me what station this was.",
    ),
    (
        "self_neglect",
        "He burns wood in his stove to keep warm.",
        "He burns his furniture to keep warm.",
    ),
    (
        "domestic_abuse",
        "He doesn't want the social worker to visit on Friday.",
        "She no longer goes to social events.",
    ),
    (
        "drug_dealing",
        "He grows tomato plants in pots.",
        "We found hundreds of dead cannabis roots and lighting ballasts.",
    ),
    (
        "financial_abuse",
        "Her carer puts the shopping away in the fridge.",
        "Her carer puts half the food in a separate bag for the kids.",
    ),
    (
        "hate_crime",
        "We told him to go home and rest.",
        "'Go home' was scratched into their car.",
    ),
    (
        "radicalisation",
        "He is studying the causes of the First World War.",
        "He says Jews are behind every war.",
    ),
    (
        "fgm",
        "A woman is coming from Spain to see the 7 year old over Easter.",
        "A woman is coming from Guinea to see the 7 year old over Easter.",
    ),
    (
        "sexual_abuse",
        "He put his hand on her shoulder to comfort her.",
        "He puts his hand on her stomach under her top.",
    ),
    (
        "child_criminal_exploitation",
        "He brings his old toys to the car boot sale.",
        "He keeps bringing copper cable to the scrap yard.",
    ),
    (
        "child_criminal_exploitation",
        "He asked me to take the money from her purse.",
        "The man takes the cash off him.",
    ),
    (
        "cuckooing",
        "Her cousins from London are coming for Christmas dinner.",
        "Two lads from London are staying in her flat.",
    ),
    ("cuckooing", "She has to sleep on the floor of the salon.", "She now sleeps in the bath."),
    (
        "anti_social_behaviour",
        "The shop is open till 4pm.",
        "They play music till 4am and wee in the lift.",
    ),
    (
        "missing_person",
        "The boat was swept clean after the trip.",
        "She was swept past the rocks and we can't see her anymore.",
    ),
    (
        "self_harm",
        "He cleaned the car with a hosepipe.",
        "He has a hosepipe running from his exhaust into the car.",
    ),
    (
        "domestic_abuse",
        "She was crying and laughing at the film.",
        "I heard a woman gasping and a man shouting.",
    ),
    (
        "financial_abuse",
        "He put a fiver on the horses for the Grand National.",
        "His son puts the whole pension on the horses.",
    ),
    (
        "financial_abuse",
        "The car is registered at his own address.",
        "She wants the car registered in her name.",
    ),
    (
        "financial_abuse",
        "They remortgaged to build an extension.",
        "Her daughter wants her to remortgage to pay off the daughter's debts.",
    ),
    (
        "child_sexual_exploitation",
        "Her mum pays for her dance lessons.",
        "The woman's boyfriend pays for everything.",
    ),
    ("child_sexual_exploitation", "Her mum signed the consent form.", "A woman signed as her mum."),
    (
        "modern_slavery",
        "We need to move the sofa from the lounge.",
        "He needed the van to move some girls from Manchester.",
    ),
    (
        "anti_social_behaviour",
        "The children were stoning the cherries for jam.",
        "Youths have been stoning our buses.",
    ),
    (
        "physical_abuse",
        "He will get it properly explained at school.",
        "He said he'd get a good hiding at home.",
    ),
    ("neglect", "She forgot her lunch.", "Mum said she'd forgotten him at the aquarium."),
    (
        "neglect",
        "Her mum gives her medicine when she has a cold.",
        "She gives her mum her morphine.",
    ),
    (
        "neglect",
        "He hasn't been to school for two days with flu.",
        "He hasn't been to school for three weeks.",
    ),
    (
        "emotional_abuse",
        "The coach makes them run laps to warm up.",
        "He makes him run laps until he's sick.",
    ),
    (
        "self_harm",
        "He feels something is wrong with his car.",
        "He does it to feel something.",
    ),
    ("self_harm", "She doesn't want dinner tonight.", "She says she doesn't deserve to eat."),
    (
        "self_harm",
        "Who would feed the dog while he's on holiday?",
        "He asked who would feed his dog if he wasn't around.",
    ),
    ("online_abuse", "He filmed the school play.", "An older boy filmed her getting changed."),
    (
        "radicalisation",
        "He has a flag of his football club.",
        "His wall is covered in flags of a banned group.",
    ),
    (
        "radicalisation",
        "He has a list of local churches for his history project.",
        "He has a list of local mosques with crosses beside them.",
    ),
    (
        "sexual_abuse",
        "The teacher was in the staff room.",
        "A teacher was alone in the changing rooms with a Year 9 girl.",
    ),
    (
        "honour_based_abuse",
        "He beat her at tennis.",
        "Her brothers beat her for being seen with a boy.",
    ),
    (
        "cuckooing",
        "The shop's customers come every morning.",
        "He has to stay in his room when customers come.",
    ),
    ("domestic_abuse", "Mummy is baking in the kitchen.", "Mummy is hiding in the bathroom."),
    ("self_neglect", "She left the cake in the oven to cool.", "The pan was left on and burning."),
    (
        "financial_abuse",
        "He uses her car while he saves for his own.",
        "He is spending her savings.",
    ),
    (
        "sexual_abuse",
        "The girls were filming a dance for their skirt design project.",
        "A man was filming up girls' skirts on the escalator.",
    ),
    (
        "sexual_abuse",
        "She pulled her socks up and filmed the race.",
        "Boys keep pulling up a girl's skirt and filming it.",
    ),
    (
        "sexual_abuse",
        "They offered her a lift home after the party.",
        "Men offer her a bed for the night if she's nice to them.",
    ),
    (
        "self_harm",
        "We would be better off taking the train.",
        "She says her family would be better off.",
    ),
    (
        "self_harm",
        "He went under the bridge and came up the other side.",
        "She wants to go under and not come up.",
    ),
    ("hate_crime", "It's her sort of music.", "They shouted that her sort should go back."),
    ("modern_slavery", "She speaks little French.", "The boys speak no English."),
    (
        "modern_slavery",
        "He takes the bus to the market.",
        "The man takes the cash they make selling veg.",
    ),
    (
        "neglect",
        "He brings spare socks every session.",
        "He arrives in the same wet socks every session.",
    ),
    (
        "scam_fraud",
        "He paid the parking fee at the machine.",
        "He was told to pay a £300 fine on the spot to a mobile number.",
    ),
    (
        "cuckooing",
        "She asked us to change her locks.",
        "She lives with friends who have changed the locks.",
    ),
    (
        "drug_dealing",
        "The bank uses a money counter at the till.",
        "We found bin bags of cannabis and a list of names with amounts owed.",
    ),
    (
        "radicalisation",
        "The old files should be purged from the system.",
        "He shared a video calling for immigrants to be purged.",
    ),
    (
        "honour_based_abuse",
        "They'll finish her kitchen for the wedding.",
        "They'll finish her for leaving her husband.",
    ),
    ("self_harm", "He was working on a roof all day.", "She's on the bridge."),
    ("self_harm", "He says he's had enough of winter.", "He keeps saying he's had enough."),
    (
        "self_harm",
        "She took something for her headache.",
        "He's sleeping after taking something and won't wake.",
    ),
    (
        "child_criminal_exploitation",
        "You owe me a coffee.",
        "The message said you owe us, or we'll come to your house.",
    ),
    (
        "child_criminal_exploitation",
        "Her gran gave her a £20 note for her birthday.",
        "The boys feed the machines with £20 notes.",
    ),
    (
        "emotional_abuse",
        "She tells him he'll end up a great footballer.",
        "She tells her every day she'll end up on the streets like her dad.",
    ),
    (
        "emotional_abuse",
        "The toddler ate crisps off the floor.",
        "Her dad makes her eat her tea off the floor like the dog.",
    ),
    (
        "physical_abuse",
        "She made her touch the soft fur of the puppy.",
        "Mummy made her touch the iron so she'd learn.",
    ),
    (
        "physical_abuse",
        "Give the bottle a good shake before use.",
        "He gives the little one a good shake when she cries.",
    ),
    (
        "modern_slavery",
        "They have taken her to the airport.",
        "The family have taken her passport.",
    ),
    ("modern_slavery", "He stopped paying for the gym.", "They've stopped paying her."),
    (
        "modern_slavery",
        "The chef keeps the flour in the dry store.",
        "The porter sleeps in the dry store.",
    ),
    (
        "modern_slavery",
        "She was collected at midnight by her dad after the party.",
        "He is collected at midnight by cars and comes back days later with cuts.",
    ),
    (
        "modern_slavery",
        "His cousin pays for the trip.",
        "His cousin takes his wages to pay for the trip.",
    ),
    (
        "modern_slavery",
        "The kids were crammed into the back of the car.",
        "Six men were crammed in the back with no seats.",
    ),
    (
        "financial_abuse",
        "She won the raffle and kept the prize.",
        "His nephew plays with the old man's card and keeps the winnings.",
    ),
    (
        "financial_abuse",
        "She won't notice the new curtains.",
        "He said she won't notice, she's got dementia.",
    ),
    ("scam_fraud", "She paid the admission fee.", "She had to pay £800 in release fees first."),
    (
        "self_neglect",
        "She keeps boxes in the loft.",
        "Rubbish bags are piled up to the windowsills.",
    ),
    ("self_neglect", "He bought a new coat for winter.", "He sleeps in his coat."),
    (
        "domestic_abuse",
        "He pulled the door shut behind him.",
        "He dragged his wife back inside by her coat.",
    ),
    ("neglect", "The baby was fed and happy.", "The child is soaked and hungry."),
    (
        "sexual_abuse",
        "She told him not to mention the surprise party to his dad.",
        "The teacher told her not to mention it to her friends.",
    ),
    (
        "domestic_abuse",
        "His wife goes for a run with him every morning.",
        "His wife goes for him when she has been drinking.",
    ),
    (
        "domestic_abuse",
        "That's what happens if you leave the oven on.",
        "She said that's what happens if dinner's late.",
    ),
    (
        "domestic_abuse",
        "He posted a photo of a knife he bought for the kitchen.",
        "Her ex sent a photo of a knife and the words 'see you soon'.",
    ),
    ("modern_slavery", "The manager keeps the keys.", "Her manager keeps her fees."),
    ("modern_slavery", "Her parents chose her name.", "Her agent chose her new name."),
    (
        "modern_slavery",
        "He'd be in trouble if he talked in the exam.",
        "He said he'd be in trouble if he talked to us.",
    ),
    (
        "modern_slavery",
        "There is a lock on the outside shed.",
        "The bedroom door has a bolt on the outside.",
    ),
    (
        "child_sexual_exploitation",
        "Her manager decided the rota.",
        "Her 'manager' decides who she sees.",
    ),
    (
        "child_sexual_exploitation",
        "My stepdaughter shouted 'you're not my dad' at me.",
        "He has her by the arm and she keeps shouting 'you're not my dad'.",
    ),
    (
        "child_criminal_exploitation",
        "He'd be in trouble if he talked to his friends in class.",
        "He'd be in trouble if he talked to the police.",
    ),
    ("neglect", "He is always home by six.", "He is always home in school hours."),
    (
        "neglect",
        "His mum needs him to look after the dog.",
        "His mum needs him to look after the baby.",
    ),
    ("neglect", "There's a bucket for the mop.", "There was a bucket for a toilet."),
    (
        "neglect",
        "The kids played in shorts in the snow for a photo.",
        "He was found alone on the hill in shorts in the snow.",
    ),
    (
        "neglect",
        "He left them there as a surprise.",
        "His dad left him there as a punishment.",
    ),
    (
        "physical_abuse",
        "He shoved the box into the cupboard.",
        "He shoved his elderly grandmother into the hedge.",
    ),
    (
        "physical_abuse",
        "Mum went to baby massage and the marks on the mat were cleaned.",
        "The baby has bruises on both arms.",
    ),
    (
        "financial_abuse",
        "Dad doesn't know because he's away on holiday.",
        "Dad doesn't know because he's away with the fairies.",
    ),
    (
        "financial_abuse",
        "He has a new credit card in his own name.",
        "There is a new credit card in the son's own name.",
    ),
    (
        "financial_abuse",
        "She changed the post office she uses.",
        "He changed the post to his name.",
    ),
    (
        "financial_abuse",
        "Her son wants her to sell the house and move nearer.",
        "Her new friend wants her to sell the house quickly.",
    ),
    (
        "emotional_abuse",
        "Her dad will give her away at the wedding.",
        "She said she'd give her away if she played one more wrong note.",
    ),
    (
        "hate_crime",
        "He'll sort out the Polish paperwork tomorrow.",
        "He said he'd sort out the Polish family next door.",
    ),
    (
        "self_harm",
        "He wore a scarf round his neck.",
        "A belt round his neck tied to the barrier post.",
    ),
    (
        "online_abuse",
        "He posted her birthday card.",
        "Her ex posted her new address on Facebook.",
    ),
    (
        "sexual_abuse",
        "The doctor listened to her chest.",
        "He checks her posture by touching her chest.",
    ),
    (
        "sexual_abuse",
        "He sat in his car with the windows open.",
        "She has to practise in his flat with the curtains shut.",
    ),
    ("hate_crime", "They called it a day.", "Someone left notes calling her it in her locker."),
    (
        "emotional_abuse",
        "She puts me in the front seat.",
        "Daddy puts me in the dark room when I'm bad.",
    ),
    (
        "emotional_abuse",
        "You're not coming home late again, are you?",
        "He told her to vote how he says or you're not coming home.",
    ),
    (
        "burglary_risk",
        "He cut a photo out of the magazine.",
        "He asked me to cut a key from a photo on his phone.",
    ),
    (
        "burglary_risk",
        "She's in hospital till Friday and misses her cat.",
        "She's in hospital till Friday, she won't miss it.",
    ),
    ("financial_abuse", "His grandson does the gardening.", "His grandson does the money."),
    (
        "financial_abuse",
        "He isn't allowed to ring the bell after nine.",
        "He isn't allowed to ring the bank himself.",
    ),
    ("domestic_abuse", "Her in-laws took her to the airport.", "Her in-laws took her passport."),
    (
        "neglect",
        "She won't let him have his tea before his bath.",
        "His wife won't let him have his walking frame.",
    ),
    ("neglect", "He took his walking stick to the shops.", "She hid his walking frame."),
    (
        "self_harm",
        "He left his shoes and a note for the cleaner.",
        "She left her shoes and a note on the harbour wall.",
    ),
    (
        "self_harm",
        "They walked along the pier eating chips.",
        "She is walking out along the breakwater in the dark.",
    ),
    ("physical_abuse", "He comes in for a cut every week.", "He has cuts every Monday."),
    (
        "domestic_abuse",
        "He grabbed the mic off the stand and sang.",
        "He grabbed the mic off his wife mid-song.",
    ),
    (
        "domestic_abuse",
        "Her manager makes her hand over the keys each night.",
        "Her husband makes her hand over her receipts each night.",
    ),
    ("domestic_abuse", "He checks the mileage on the hire car.", "Her husband checks the mileage."),
    (
        "domestic_abuse",
        "She asked us not to let him see the cake.",
        "She asked us not to let him see her phone.",
    ),
    (
        "child_criminal_exploitation",
        "He left his bag behind the counter by mistake.",
        "He asked to leave a bag behind the counter till someone picks it up.",
    ),
    (
        "child_criminal_exploitation",
        "She can't go back without the money for the trip.",
        "They'll hurt him if he goes back without the money.",
    ),
    (
        "self_neglect",
        "He's not bothered about football.",
        "He says he's not bothered about the leak in the ceiling.",
    ),
    (
        "modern_slavery",
        "The boss keeps his keys in the office.",
        "The gaffer keeps his ID so he doesn't run off.",
    ),
    ("modern_slavery", "He gets 20 minutes a day on his phone.", "He gets £20 a day."),
    (
        "modern_slavery",
        "There are sleeping bags in the loft.",
        "There was a toothbrush in the loft.",
    ),
    (
        "child_sexual_exploitation",
        "She told her mum she's staying late at school.",
        "She told her mum she's sleeping at mine.",
    ),
    (
        "child_sexual_exploitation",
        "She met a friend online and they play games.",
        "A man she met online is picking her up after the show.",
    ),
    ("hate_crime", "They call him the bank manager.", "The lads call him the bank."),
    (
        "physical_abuse",
        "The lifeguard pulled him out by the collar.",
        "His uncle dragged him out by the collar.",
    ),
    (
        "physical_abuse",
        "She'll give him something to eat.",
        "His uncle will give him something to cry about.",
    ),
    ("radicalisation", "She took revenge in the board game.", "He wants revenge on women."),
    (
        "radicalisation",
        "He wants to do something people remember for her birthday.",
        "He's going to do something people remember at college.",
    ),
    (
        "forced_marriage",
        "The wedding is hers to plan and she loves it.",
        "The wedding is hers and she doesn't want to go.",
    ),
    (
        "domestic_abuse",
        "She has bruises on her knees from gardening.",
        "She has finger-shaped bruises round her neck.",
    ),
    (
        "domestic_abuse",
        "Her partner opens the shop at eight.",
        "Her partner opens her post.",
    ),
    (
        "domestic_abuse",
        "Her ex still runs with the club.",
        "Her ex tracks her runs on the app.",
    ),
    (
        "domestic_abuse",
        "I know which way you like your tea.",
        "He said 'I know which way you go home'.",
    ),
    (
        "child_sexual_exploitation",
        "The teacher handed her the phone to ring her mum.",
        "His friends handed her a new phone.",
    ),
    (
        "child_sexual_exploitation",
        "He'll look after you while your mum is at work.",
        "He'll look after you if you keep quiet.",
    ),
    (
        "child_sexual_exploitation",
        "She gets free rides on Saturdays for mucking out.",
        "She gets free rides if she stays late.",
    ),
    (
        "child_sexual_exploitation",
        "He asked the boys to come back to the club tomorrow.",
        "He'd pay them £10 to come back to his caravan.",
    ),
    (
        "sexual_abuse",
        "Her mum took photos of her in her school uniform.",
        "He keeps asking for photos of her in her jodhpurs.",
    ),
    (
        "sexual_abuse",
        "She asked me not to tell her mum about the surprise party.",
        "He told them to come to his caravan and not tell their parents.",
    ),
    (
        "sexual_abuse",
        "The cleaner locked the toilets with a key.",
        "A man has locked himself in the toilets with a boy.",
    ),
    (
        "modern_slavery",
        "Other women at the gym lend her their cards for the machines.",
        "His bag held several other women's bank cards.",
    ),
    (
        "neglect",
        "His daughter is paid as a nurse and is never late.",
        "His daughter, who is paid as his carer, is never there.",
    ),
    (
        "neglect",
        "The wound was dressed this morning.",
        "His ulcers haven't been dressed in weeks.",
    ),
    ("neglect", "He asked if the food was hot.", "He asks if he's got any food."),
    ("neglect", "She wore her sandals on the beach.", "He came in sandals in the frost."),
    (
        "neglect",
        "The meals in the freezer are untouched.",
        "The last three meals were in the bin untouched.",
    ),
    ("neglect", "There's a lock on the shed.", "There's a padlock on the fridge."),
    ("cuckooing", "His friends have his old bike.", "His grandson's friends have his bedroom."),
    (
        "honour_based_abuse",
        "She will not live at home after she graduates.",
        "Her father said she will not live to graduate.",
    ),
    (
        "financial_abuse",
        "He charges his phone at night.",
        "The lodger charges her for food.",
    ),
    (
        "financial_abuse",
        "She bought it with a voucher.",
        "He buys his beer with her own money.",
    ),
    ("hate_crime", "They called him the captain.", "They called him 'the target' all day."),
    (
        "burglary_risk",
        "We arrive before the gates open.",
        "They left the gate open all weekend.",
    ),
    (
        "self_harm",
        "He drank water from a bottle in his bag.",
        "He drank something from a bottle in his bag.",
    ),
    (
        "forced_marriage",
        "The groom has a new suit.",
        "The groom has a learning disability and kept asking to go home.",
    ),
    (
        "sexual_abuse",
        "She filmed the show for the school newsletter.",
        "He deleted the photos when staff came over; he has no child in the show.",
    ),
    (
        "emotional_abuse",
        "Her coach makes her practise until she gets it right.",
        "Her dad makes her practise the splits until she cries.",
    ),
    (
        "emotional_abuse",
        "She won't let her have dinner before her bath.",
        "He won't let her have dinner if she's put on weight.",
    ),
    (
        "domestic_abuse",
        "Her boyfriend times her runs for her marathon training plan.",
        "Her boyfriend times her drives with an app.",
    ),
    (
        "domestic_abuse",
        "She'll pay for the tickets if she's late.",
        "She'll pay for it if she's late back.",
    ),
    (
        "domestic_abuse",
        "He took the wheels off the bike to fix them.",
        "He took the wheels off the pram so she can't go out.",
    ),
    (
        "domestic_abuse",
        "The receptionist stopped her booking online.",
        "Her husband stopped her booking interpreters for her GP visits.",
    ),
    ("domestic_abuse", "He speaks French for her at work.", "Her husband speaks for her."),
    (
        "physical_abuse",
        "The mechanic checked the brakes on the wheelchair.",
        "The brakes were taped on so he stays where she put him.",
    ),
    (
        "physical_abuse",
        "His arm is in a cast after rugby.",
        "He has a cast on his arm she won't talk about.",
    ),
    (
        "financial_abuse",
        "He uses the bus pass on the bus.",
        "He wants to use her blue badge on his own car.",
    ),
    (
        "financial_abuse",
        "She lets her spare room to a student she chose.",
        "Her son lets the rest out as holiday rooms.",
    ),
    (
        "emotional_abuse",
        "The guests can use the lift.",
        "She has to ask the guests if she can use the toilet.",
    ),
    (
        "neglect",
        "She does the washing up on Sundays.",
        "She does all the washing and the little ones' tea.",
    ),
    ("neglect", "Her mum is in bed early on Fridays.", "Her mum is in bed all day."),
    (
        "neglect",
        "They turned the gas off for an hour to fit the cooker.",
        "Their electric has been off since Christmas.",
    ),
    (
        "neglect",
        "He takes his lunch for school.",
        "He takes food for his mum and the baby.",
    ),
    (
        "neglect",
        "The toddler was playing on the balcony with his dad.",
        "A toddler is crying on the balcony for hours.",
    ),
    (
        "neglect",
        "The baby fell asleep in the car on the way home.",
        "A baby is strapped in the back of the car, windows up in this heat.",
    ),
    (
        "scam_fraud",
        "She pays a man to mow her lawn.",
        "She pays a man £50 a week to protect her house.",
    ),
    (
        "sexual_abuse",
        "He invited the boys to the club's summer barbecue.",
        "He invites the boys up to his loft one at a time.",
    ),
    ("sexual_abuse", "It's our little garden.", "He told the boy it was 'our little club'."),
    (
        "modern_slavery",
        "He left his coat with the cloakroom attendant.",
        "The man told him to leave his ID with him as security.",
    ),
    (
        "modern_slavery",
        "He was offered a job at the garage.",
        "He was offered work and a room by a man in a van.",
    ),
    (
        "modern_slavery",
        "They aren't allowed to use phones at work.",
        "The girls aren't allowed out.",
    ),
    (
        "cuckooing",
        "She asked me to post a birthday card to her son.",
        "He asked me to post a letter to the police.",
    ),
    (
        "cuckooing",
        "The tenant never comes to the residents' meetings.",
        "The elderly tenant never comes down now.",
    ),
    (
        "radicalisation",
        "He wants to be a soldier when he grows up.",
        "Adults in the chat call him a soldier for his race.",
    ),
    ("radicalisation", "The teacher sets them tasks.", "Adults in the chat set him missions."),
    (
        "hate_crime",
        "They painted the prayer room walls cream.",
        "He was spraying a symbol on the prayer room door.",
    ),
    (
        "child_criminal_exploitation",
        "She handed over the keys.",
        "They'll throw him off unless he hands over what he's carrying.",
    ),
    (
        "missing_person",
        "She pushed the shopping into the boot of the car.",
        "She was being pushed into the boot of a car by two men.",
    ),
    (
        "drug_dealing",
        "He gave his grandson his car when he stopped driving.",
        "Cars stop outside for a few minutes all night.",
    ),
    (
        "burglary_risk",
        "She says their electric has been off for a week.",
        "A man saying he was from the electric board asked to come in.",
    ),
    ("physical_abuse", "She showed her how to change the batteries.", "He battered her."),
    (
        "emotional_abuse",
        "She keeps switching the lights off when he tries to read.",
        "Her daughter keeps switching them off when her mum tries to answer.",
    ),
    (
        "financial_abuse",
        "She doesn't need to hear the end of the film.",
        "She doesn't need to hear the money talk.",
    ),
    (
        "financial_abuse",
        "She moved her savings into a new account.",
        "He moved her savings into his account.",
    ),
    (
        "financial_abuse",
        "He snapped at me when I asked for the bill.",
        "He snapped at me when I asked her directly.",
    ),
    (
        "child_sexual_exploitation",
        "Her mum will find out what she got for Christmas.",
        "He will find out what she tells the nurses.",
    ),
    ("neglect", "His brother built a shed.", "His disabled brother is living in the shed."),
    (
        "anti_social_behaviour",
        "The kids called her a legend.",
        "The boys next door call her a paedo.",
    ),
    (
        "child_criminal_exploitation",
        "He told him where to drop the food for the bake sale.",
        "Messages told him where to drop the food.",
    ),
    (
        "child_criminal_exploitation",
        "She was threatening to tell his sister about the party.",
        "The messages were threatening his little sister.",
    ),
    (
        "modern_slavery",
        "The back door can be locked from inside.",
        "He asked if the back could be locked from outside.",
    ),
    (
        "neglect",
        "She left her phone in the car for an hour.",
        "He left a 4 year old asleep in his car seat for two hours.",
    ),
    (
        "domestic_abuse",
        "He made a video of his girlfriend singing.",
        "He showed a video of his girlfriend crying on the floor.",
    ),
    (
        "domestic_abuse",
        "The children need to learn to share.",
        "He laughed that she'd learn not to answer back.",
    ),
    (
        "domestic_abuse",
        "She'll use it on her hair.",
        "He has a knife and said he'll use it on her.",
    ),
    (
        "emotional_abuse",
        "She isn't taking visitors this week.",
        "He said she isn't taking visitors, and I heard her calling my name.",
    ),
    (
        "forced_marriage",
        "She wants to get away for the weekend.",
        "She needs to get away before they take her to Bangladesh.",
    ),
    ("forced_marriage", "She sold her old bangles.", "She sold the bangles from her dowry."),
    (
        "emotional_abuse",
        "The bulb went out in his room.",
        "He took the bulb out of his light until he learns some respect.",
    ),
    (
        "domestic_abuse",
        "There was paint on the collars.",
        "He brings her blouses in with blood on the collars.",
    ),
    (
        "domestic_abuse",
        "She was wearing sunglasses on the beach.",
        "She came in wearing sunglasses and didn't say a word.",
    ),
    (
        "neglect",
        "His mum changed his nappy after lunch.",
        "He arrives in a soaked nappy that hasn't been changed since the night before.",
    ),
    (
        "child_sexual_exploitation",
        "Her boyfriend is 17.",
        "The baby's father is 31.",
    ),
    (
        "physical_abuse",
        "The cake was in the shape of a heart.",
        "A burn on her palm in the shape of a hob ring.",
    ),
    (
        "physical_abuse",
        "She can reach the cooker now.",
        "She must have touched it, but she can't reach the cooker.",
    ),
    (
        "sexual_abuse",
        "She flirts with him at work.",
        "He says the 12 year old flirts with him.",
    ),
    (
        "sexual_abuse",
        "He's been helping her with her homework.",
        "He's been helping her with her bath.",
    ),
    (
        "neglect",
        "The nurse hasn't been busy today.",
        "Her carer hasn't been for two days.",
    ),
    ("physical_abuse", "He landed his first kickflip.", "He kicked the boy."),
    (
        "domestic_abuse",
        "He put his hand on the back of her neck to guide her.",
        "He put his hands round her neck.",
    ),
    (
        "child_sexual_exploitation",
        "She met a friend online and they play games together.",
        "A boyfriend she met online had bought her ticket.",
    ),
    (
        "child_sexual_exploitation",
        "She has to be nice to her little brother.",
        "She'd have to be nice to his mates.",
    ),
    (
        "modern_slavery",
        "The door was locked from inside.",
        "She was locked in from outside.",
    ),
    (
        "modern_slavery",
        "He was asleep in the garden.",
        "Three men are asleep in the nail bar's doorway.",
    ),
    (
        "physical_abuse",
        "He held his daughter's hand at the fence to watch the horses.",
        "He pressed his daughter's hand against the electric fence.",
    ),
    (
        "physical_abuse",
        "He tied his dog to the bench.",
        "The boy was tied by his reins to a bench.",
    ),
    ("domestic_abuse", "He'll aim for the bullseye next.", "He'll aim for her next time."),
    (
        "domestic_abuse",
        "He's taking her to the cinema.",
        "He's taking me to the woods.",
    ),
    ("neglect", "He was sitting in his own chair.", "He was sitting in his own mess."),
    (
        "emotional_abuse",
        "She's not allowed to eat in class.",
        "She's not allowed to open the door.",
    ),
    (
        "hate_crime",
        "They dared him to try the chilli.",
        "They dare him to film himself doing stunts for money.",
    ),
    (
        "honour_based_abuse",
        "She was examined by the doctor.",
        "She isn't to be examined by anyone before she's married.",
    ),
    (
        "neglect",
        "Her parents were reading on the sunbeds.",
        "Her parents are asleep on the sunbeds.",
    ),
    (
        "child_criminal_exploitation",
        "His uncle brought him from London for the holidays with his mum.",
        "Men brought him from London.",
    ),
    (
        "sexual_abuse",
        "He asked me not to look at the price tag.",
        "He asked me not to look in the folders.",
    ),
    (
        "radicalisation",
        "He wants books on making bread.",
        "He asks for books on making explosives.",
    ),
    (
        "domestic_abuse",
        "Her husband rubbed suncream on the back of her neck.",
        "Her husband's hand was on the back of her neck the whole time.",
    ),
    (
        "child_sexual_exploitation",
        "He kept his eyes on the road.",
        "He kept his hand on the back of her neck.",
    ),
    (
        "child_sexual_exploitation",
        "She had her injections at the clinic.",
        "An older friend gives her injections at parties.",
    ),
    ("financial_abuse", "They eat out on Fridays.", "Her son and his girlfriend eat her food."),
    (
        "sexual_abuse",
        "He'd get her sacked if she kept missing shifts.",
        "He'd get her sacked if she didn't be nice.",
    ),
    (
        "sexual_abuse",
        "The camera was pointing at the garden.",
        "A camera was pointing at her bed.",
    ),
    (
        "sexual_abuse",
        "He put his hand on her shoulder.",
        "He kept putting his hand on her thigh.",
    ),
    (
        "missing_person",
        "She helped the child onto the bus.",
        "A woman is pulling a girl onto a coach.",
    ),
    (
        "modern_slavery",
        "He's paying off his car.",
        "He's paying off his dad's debt.",
    ),
    (
        "modern_slavery",
        "He paid him in cash.",
        "The farmer pays him in cider and cigarettes.",
    ),
    (
        "modern_slavery",
        "The dog sleeps under the table.",
        "He sleeps in the calf shed.",
    ),
    (
        "domestic_abuse",
        "She asks him before she buys a new sofa.",
        "She has to ask him before she can buy tampons.",
    ),
    (
        "neglect",
        "His tablets came in a dosette box.",
        "His dosette boxes are still full for three weeks.",
    ),
    (
        "neglect",
        "He doesn't need his glasses any more.",
        "She says he doesn't need his tablets any more.",
    ),
    (
        "neglect",
        "He sits on the benches at lunchtime.",
        "He sleeps on the benches at the bus station.",
    ),
    (
        "neglect",
        "She gave her old bike to her brother.",
        "His mum has given his room to her boyfriend.",
    ),
    (
        "neglect",
        "She only eats fish on Fridays.",
        "She only eats once a day.",
    ),
    (
        "cuckooing",
        "Her friends used the garden for the party.",
        "His friends have used her spare room for months.",
    ),
    (
        "cuckooing",
        "She told her mum she's away next week.",
        "They told her to say she's away if anyone asks.",
    ),
    (
        "physical_abuse",
        "He held the baby in one arm.",
        "He was holding the baby by one arm.",
    ),
    (
        "emotional_abuse",
        "He called the referee a joke.",
        "He calls him the family's mistake.",
    ),
    (
        "self_harm",
        "He walked onto the track in front of the stands to collect his medal.",
        "He walked out onto the track in front of the next race and sat down.",
    ),
    (
        "domestic_abuse",
        "He said he'd put her in the team if she trains.",
        "He says he'll put her in the fire if she leaves him.",
    ),
    (
        "domestic_abuse",
        "He was holding her hands towards the fire to warm them.",
        "He was holding her face towards the fire.",
    ),
    (
        "domestic_abuse",
        "He messages her from his work account every day.",
        "Her ex messages her from new accounts every day.",
    ),
    (
        "domestic_abuse",
        "Her friend told her to keep her chin up.",
        "He told her friend to keep her nose out.",
    ),
    (
        "domestic_abuse",
        "I asked the mum about a bruise on his knee.",
        "I asked the mum about a bruise on her face.",
    ),
    (
        "neglect",
        "The man was too drunk to stand at closing time.",
        "A man too drunk to stand is trying to carry his baby.",
    ),
    (
        "neglect",
        "Her pram has a rain cover for the road.",
        "His pram rolled into the road.",
    ),
    (
        "neglect",
        "He stayed in his wet costume for the photo.",
        "He was left in a wet costume for three hours.",
    ),
    (
        "neglect",
        "She can't go home until her shift ends.",
        "A 14 year old can't go home until her mum's clients have left.",
    ),
    (
        "emotional_abuse",
        "He did three hours of homework after tea.",
        "He was sat on a bench for three hours as a punishment.",
    ),
    (
        "modern_slavery",
        "The travel agent checked their passports and their visas.",
        "The recruiter took their passports to sort the visas.",
    ),
    (
        "modern_slavery",
        "She found jobs abroad for graduates online.",
        "He offered them hotel jobs abroad with free flights.",
    ),
    (
        "modern_slavery",
        "She can't go home until the bus comes.",
        "He says he can't go home.",
    ),
    (
        "honour_based_abuse",
        "She is moving away from home in September to study.",
        "Her dad keeps her away in case she meets the wrong sort.",
    ),
    (
        "honour_based_abuse",
        "She isn't allowed to stay up late on school nights.",
        "She isn't allowed to live away from home.",
    ),
    (
        "financial_abuse",
        "He took the certificate to the framers for her.",
        "Her father took the certificate off her.",
    ),
    (
        "financial_abuse",
        "His money goes into the bank on Fridays.",
        "He said it was his money that paid for it.",
    ),
    (
        "financial_abuse",
        "He bet his mother a fiver that it would rain.",
        "He bet his mother's care home fees on the horses.",
    ),
    (
        "financial_abuse",
        "She'll never know what we got her for her birthday.",
        "She'll never know, she thinks I'm paying them.",
    ),
    (
        "financial_abuse",
        "Her pension comes on a Thursday.",
        "Her granddaughter has her pension and gives her 10 pounds a week.",
    ),
    (
        "financial_abuse",
        "Her daughter took over the shop from her.",
        "Her granddaughter has taken over her pension.",
    ),
    (
        "physical_abuse",
        "He rubbed the back of her neck when she had a cramp.",
        "He squeezed the back of her neck until she stopped talking.",
    ),
    (
        "sexual_abuse",
        "He was photographing the girls' netball team for the newsletter.",
        "A man was photographing the legs of girls in school uniform.",
    ),
    (
        "sexual_abuse",
        "The nurse weighs the babies every week.",
        "Her coach weighs the girls in their underwear.",
    ),
    (
        "sexual_abuse",
        "His dad takes him to every tournament.",
        "He insists on taking him to every tournament alone.",
    ),
    (
        "sexual_abuse",
        "His uncle lives in Leeds.",
        "His uncle, who isn't family, takes him away at weekends.",
    ),
    (
        "child_sexual_exploitation",
        "He showed his ticket at the gate.",
        "The man had her ticket, her phone and her ID.",
    ),
    (
        "child_sexual_exploitation",
        "She had no choice about which school to go to.",
        "She said she had no choice about being there.",
    ),
    (
        "child_sexual_exploitation",
        "She has to keep the coach informed if she is ill.",
        "She has to keep him happy to stay in the team.",
    ),
    (
        "child_sexual_exploitation",
        "He texts her at night to say goodnight.",
        "He texts her at night asking what she's wearing.",
    ),
    (
        "hate_crime",
        "The fans were chanting about the score.",
        "Fans were chanting about a player's religion.",
    ),
    (
        "hate_crime",
        "He threw bacon to the dog.",
        "One threw a bacon sandwich at the Muslim steward.",
    ),
    (
        "child_criminal_exploitation",
        "He helps his grandad run the stall.",
        "He is dropped off to run bets for a man.",
    ),
    (
        "drug_dealing",
        "She paid in cash at the till.",
        "He is paid in bags he sells at school.",
    ),
    (
        "forced_marriage",
        "She promised to text her mum when she arrived.",
        "She has been promised to a man in his thirties.",
    ),
    (
        "forced_marriage",
        "Her passport is in the drawer with the others.",
        "Her passport has been put away by her father.",
    ),
    (
        "missing_person",
        "The teacher took her hand and walked her across the road.",
        "A man took her hand and walked her away from her mum.",
    ),
    (
        "domestic_abuse",
        "She was five minutes late because the bus broke down.",
        "When she was five minutes late her husband came in and took her home.",
    ),
    (
        "domestic_abuse",
        "He takes her shopping whenever he goes out.",
        "He takes her phone whenever he leaves.",
    ),
    (
        "domestic_abuse",
        "He rang four times to book the table.",
        "Her husband rang four times to check she was at her desk.",
    ),
    (
        "domestic_abuse",
        "He marched out of the meeting.",
        "Her husband marched her out by the elbow.",
    ),
    (
        "domestic_abuse",
        "He was holding her bag for her.",
        "The driver was holding her by the hair.",
    ),
    (
        "domestic_abuse",
        "He tells the midwives she is doing well.",
        "He tells the midwives she can't be trusted with the baby.",
    ),
    (
        "domestic_abuse",
        "She comes in with her hair in a bun every day.",
        "She comes in with her wrist strapped every few weeks.",
    ),
    (
        "sexual_abuse",
        "She followed her friends into the café.",
        "A man followed her into the women's changing area.",
    ),
    (
        "sexual_abuse",
        "He was sitting next to his wife in the sauna.",
        "He keeps sitting right up against a young woman in the sauna.",
    ),
    (
        "financial_abuse",
        "He paid for the cruise on the company card.",
        "He booked a cruise for himself on his father's card.",
    ),
    (
        "emotional_abuse",
        "She is not allowed back on the trampoline till it dries.",
        "Her stepmum says she is not wanted back till dark.",
    ),
    (
        "neglect",
        "She was dropped off early for the trip.",
        "She is dropped off two hours early and collected two hours late.",
    ),
    (
        "neglect",
        "The children played in the garden with the neighbours.",
        "The children were there all day with no adult.",
    ),
    (
        "neglect",
        "They were eating chips on the bench.",
        "They were eating chips off other people's trays.",
    ),
    (
        "neglect",
        "He left his mother at the café with her friends.",
        "He left his mother in the full sun for four hours.",
    ),
    (
        "radicalisation",
        "The government deserves credit for the new park.",
        "He says the government deserves what's coming.",
    ),
    (
        "radicalisation",
        "They are taking out the bins for the councillors.",
        "He follows a group that talks about taking out local councillors.",
    ),
    (
        "radicalisation",
        "I was told by the young men at the door that he was out.",
        "He has been telling young men that violence is the only answer.",
    ),
    (
        "online_abuse",
        "She watches live videos of football.",
        "A man who watches her live videos sends her gifts.",
    ),
    (
        "online_abuse",
        "Her uncle wants to meet him over dinner.",
        "A man she met in a game asked to meet her.",
    ),
    (
        "child_sexual_exploitation",
        "The nurse asked her to take her top off for the ECG.",
        "Last night he asked her to take her top off.",
    ),
    (
        "child_sexual_exploitation",
        "She passed the phone to her mum.",
        "A man handed her a new phone through his car window.",
    ),
    (
        "child_sexual_exploitation",
        "She got out and he drove off to work.",
        "She got in and he drove off with her.",
    ),
    (
        "hate_crime",
        "They were handing out leaflets about the summer fair.",
        "He was handing out leaflets saying the refugees are criminals.",
    ),
    (
        "hate_crime",
        "The seagulls keep stealing our chips.",
        "They are stealing our homes, the leaflet says.",
    ),
    (
        "cuckooing",
        "He doesn't need a lift any more.",
        "The young men said he doesn't need a key any more.",
    ),
    (
        "cuckooing",
        "He looked at me and smiled.",
        "The old man wouldn't look at me.",
    ),
    (
        "self_neglect",
        "She filled the buckets for the garden.",
        "She uses buckets as a toilet.",
    ),
    (
        "self_neglect",
        "She hasn't been to the cinema since it closed.",
        "She hasn't been out since her husband died.",
    ),
    (
        "financial_abuse",
        "He has the key to the shed.",
        "His son has taken the prepayment key.",
    ),
    (
        "financial_abuse",
        "He was sitting in the dark watching a film.",
        "He was sitting in the dark because his son took the key.",
    ),
    (
        "forced_marriage",
        "She got married in June and loved every minute.",
        "She is married but she never said yes to it.",
    ),
    (
        "forced_marriage",
        "Her mother-in-law took the children to the park.",
        "Her mother-in-law took the form off me.",
    ),
    (
        "child_criminal_exploitation",
        "His mum pays him to keep his room tidy.",
        "An older player pays him in game credit to keep parcels at his house.",
    ),
    (
        "child_criminal_exploitation",
        "The older players pass him the ball.",
        "An older player pays him to look after things.",
    ),
    (
        "child_criminal_exploitation",
        "He was beaten for losing the final.",
        "The older boys stabbed him for losing their stuff.",
    ),
    (
        "drug_dealing",
        "She handed out sweets at the party.",
        "He was handing out cannabis gummies.",
    ),
    (
        "honour_based_abuse",
        "There won't be a bus until eight.",
        "Her uncle said next time there won't be a talk.",
    ),
    (
        "honour_based_abuse",
        "Her father has taken her car to the garage.",
        "They found a dating app and her father has taken her phone.",
    ),
    (
        "self_harm",
        "He gave his old laptop to his brother.",
        "She has given away her laptop and her winter coat.",
    ),
    (
        "self_harm",
        "She won't need them for the trip.",
        "She says she won't need them after the holidays.",
    ),
    (
        "self_harm",
        "He locked himself out of the shed.",
        "He has locked himself in the shed with the weedkiller.",
    ),
    (
        "financial_abuse",
        "He lost his whole bag on the bus.",
        "He loses his whole benefit payment every week.",
    ),
    (
        "sexual_abuse",
        "The marshal took her off the course because she hurt her ankle and rang her mum.",
        "A man from the club keeps taking her off the course on their own.",
    ),
    (
        "child_criminal_exploitation",
        "He flew his drone over the park.",
        "He asked how much a drone could carry over a prison wall.",
    ),
    (
        "child_criminal_exploitation",
        "His gran pays him for each car he washes.",
        "His cousin would pay him well for each drop.",
    ),
    (
        "online_abuse",
        "He met his friends in a game on Saturday.",
        "A man on a game offered to teach him hacking.",
    ),
    (
        "online_abuse",
        "He wants to prove his maths teacher wrong.",
        "The man asked for a video to prove he's a real boy.",
    ),
    (
        "forced_marriage",
        "She has never met her cousin's husband.",
        "She showed us photos of a man she has never met.",
    ),
    (
        "forced_marriage",
        "Her aunt is organising a birthday party for her.",
        "Her parents have booked a henna night for her.",
    ),
    (
        "forced_marriage",
        "She keeps her passport in a drawer.",
        "She asked if we could hide her passport for her.",
    ),
    (
        "modern_slavery",
        "He works for nothing at the charity shop on Saturdays.",
        "He works for nothing until he's paid off the man who brought him over.",
    ),
    (
        "modern_slavery",
        "He sleeps in the spare room when he visits.",
        "He sleeps in the site cabin.",
    ),
    (
        "modern_slavery",
        "She never went out in the rain.",
        "The women never went out and didn't speak English.",
    ),
    (
        "modern_slavery",
        "Her friends came and went all afternoon.",
        "Men came and went at all hours to see two young women.",
    ),
    (
        "emotional_abuse",
        "The dog eats out of his bowl in the kitchen.",
        "His dad makes him eat out of the dog's bowl.",
    ),
    (
        "emotional_abuse",
        "He acts in the school play.",
        "His dad punishes him when he acts like an animal.",
    ),
    (
        "emotional_abuse",
        "Her parents haven't missed a match all term.",
        "Her parents haven't visited or phoned all term.",
    ),
    (
        "emotional_abuse",
        "We pay the club for her lessons.",
        "Her mum said 'we pay them to have you'.",
    ),
    (
        "hate_crime",
        "The children loved the monkeys at the zoo.",
        "They called the Black player a monkey.",
    ),
    (
        "hate_crime",
        "The toddler made monkey faces at the zoo.",
        "The away fans made monkey noises every time he touched the ball.",
    ),
    (
        "domestic_abuse",
        "His licence lets him drive a minibus.",
        "His licence bans him from the area.",
    ),
    (
        "domestic_abuse",
        "He walked past the library on the way home.",
        "He keeps walking past his ex-partner's house at night.",
    ),
    (
        "domestic_abuse",
        "Daddy squeezed the lemons for mummy's cake.",
        "Daddy squeezed mummy's neck till she went floppy.",
    ),
    (
        "domestic_abuse",
        "He is taking her off the course to practise map reading in the woods.",
        "He said he is taking her to the woods.",
    ),
    (
        "radicalisation",
        "He said he'd do what the teacher said.",
        "He posts about doing what the cowards won't.",
    ),
    (
        "radicalisation",
        "He hired a van to move his sister's flat.",
        "He asked to hire a van with no questions.",
    ),
    (
        "self_neglect",
        "She wears the same coat every winter.",
        "She is in the same nightie every week.",
    ),
    (
        "self_neglect",
        "The parcels are stacked in the hall for collection.",
        "She has forty unopened deliveries in the hall.",
    ),
    (
        "sexual_abuse",
        "The carer photographs her meals for the records.",
        "Her carer has started photographing her for her records.",
    ),
    (
        "burglary_risk",
        "They were photographing the wedding party for the magazine.",
        "Two men were photographing back gates.",
    ),
    (
        "burglary_risk",
        "They asked which houses had recycling bins.",
        "They were asking which houses are empty during the day.",
    ),
    (
        "self_harm",
        "She wants to see her gran one last time.",
        "He came to see the sea one last time.",
    ),
    (
        "self_harm",
        "He left a note for the milkman.",
        "He has left letters for his children in the car.",
    ),
    (
        "missing_person",
        "She's missing her friends from the park.",
        "A 9 year old has been missing in the woods for forty minutes.",
    ),
    (
        "child_sexual_exploitation",
        "We walked between the lorries to the café.",
        "A girl of 13 is being walked between the lorries by a man.",
    ),
    (
        "physical_abuse",
        "He trapped his fingers in the car door by accident.",
        "He slammed his son's hand in the car door on purpose.",
    ),
    (
        "cuckooing",
        "His friends stay at his flat after football.",
        "The lads who stay at his flat have the heating.",
    ),
    (
        "cuckooing",
        "They told him not to come to the meeting.",
        "They told him not to come back before ten.",
    ),
    (
        "scam_fraud",
        "We've never met the new neighbours.",
        "She has never met him but sends him money.",
    ),
    (
        "scam_fraud",
        "He plays for fun, win or lose.",
        "She sent money to claim her winnings.",
    ),
    (
        "burglary_risk",
        "She says the cold water helps her mood.",
        "A man at the door said he was from the water board.",
    ),
    (
        "child_sexual_exploitation",
        "She has lessons from a teacher at her school.",
        "Her boyfriend is her manager at work.",
    ),
    (
        "scam_fraud",
        "He told him not to mention it to his sister until the party.",
        "He told him not to mention it to his solicitor.",
    ),
    (
        "scam_fraud",
        "He sold his boat and put the money in his savings.",
        "He put his boat money into a fuel import scheme.",
    ),
    (
        "sexual_abuse",
        "Her mum took her upstairs to change into her pyjamas.",
        "Her uncle took her upstairs three times.",
    ),
    (
        "domestic_abuse",
        "He kicked the ball at the door.",
        "He kicked the car door shut on her leg.",
    ),
    (
        "domestic_abuse",
        "He was embarrassed by the mess in the kitchen.",
        "He said she'd embarrassed him by chatting to the other mums.",
    ),
    (
        "emotional_abuse",
        "He's no stranger to hard work.",
        "His dad calls him no son of mine.",
    ),
    (
        "emotional_abuse",
        "He makes his own breakfast.",
        "His dad makes him eat alone in his room.",
    ),
    (
        "honour_based_abuse",
        "He came out of the changing room and his dad waved.",
        "Since he came out as gay his dad won't speak to him.",
    ),
    (
        "online_abuse",
        "She posted a photo of her new puppy.",
        "Someone posted a photo taken outside her house.",
    ),
    (
        "online_abuse",
        "He keeps commenting on the weather.",
        "An account keeps commenting where she'll be training.",
    ),
    (
        "online_abuse",
        "Her gran sends her money for lessons.",
        "A man from an online guitar group sends her money.",
    ),
    (
        "online_abuse",
        "She practises in her bedroom after school.",
        "He tells her to do it in her bedroom with the door shut.",
    ),
    (
        "modern_slavery",
        "She was given a payslip on Friday.",
        "She has never been given a payslip.",
    ),
    (
        "modern_slavery",
        "They live in a house with a big garden.",
        "She lives in a house with eleven others.",
    ),
    (
        "modern_slavery",
        "His mum drives him to work.",
        "The agency driver who brings her is waiting.",
    ),
    (
        "modern_slavery",
        "He takes his lunch money out of his wages.",
        "They take rent out of her wages.",
    ),
    (
        "modern_slavery",
        "She says the stain will disappear in the wash.",
        "He says she'll disappear if she tells anyone.",
    ),
    (
        "sexual_abuse",
        "He makes her laugh in the van.",
        "He makes her sit on his lap in the van.",
    ),
    (
        "radicalisation",
        "He says they're real fans of the band.",
        "He says his parents are not real Muslims.",
    ),
    (
        "radicalisation",
        "He wants to help his brothers with their homework.",
        "He wants to go and help the brothers.",
    ),
    (
        "forced_marriage",
        "The party was agreed on a video call with her cousins.",
        "Her wedding was agreed on a video call she wasn't part of.",
    ),
    (
        "forced_marriage",
        "The holiday can wait until summer.",
        "Her parents told her university can wait.",
    ),
    (
        "physical_abuse",
        "She picked him up by the arms to hug him.",
        "She yanked him up by one arm.",
    ),
    (
        "emotional_abuse",
        "You'll get another chance next week.",
        "Shut up or you'll get another.",
    ),
    (
        "drug_dealing",
        "They were selling balloons at the fair.",
        "A group meets there every night selling balloons.",
    ),
    (
        "anti_social_behaviour",
        "The lights keep going off in the hall.",
        "A group keeps threatening anyone who walks through.",
    ),
    (
        "neglect",
        "The residents sat in the garden in the sun with drinks and hats.",
        "Three residents in wheelchairs were left in the rain.",
    ),
    (
        "neglect",
        "The staff went to the pub after the summer fair.",
        "The residents were left outside while the staff went to the pub.",
    ),
    (
        "missing_person",
        "She was found on the beach collecting shells.",
        "He has been found on the slipway three nights this month.",
    ),
    (
        "missing_person",
        "The staff hadn't known about the party.",
        "The staff hadn't known he'd gone.",
    ),
    (
        "self_harm",
        "He went out with no life jacket to fish.",
        "He took the boat out with no life jacket to end it.",
    ),
    (
        "domestic_abuse",
        "He's threatening to drive to the coast for the weekend.",
        "Her ex is threatening to drive into the river with him.",
    ),
    (
        "neglect",
        "Her drunk dad rang to say he was staying at a friend's.",
        "A very drunk dad took his 6 year old out in a kayak.",
    ),
    (
        "modern_slavery",
        "She works night shifts at the hospital.",
        "She works for the agency and has never been given a payslip.",
    ),
    (
        "child_sexual_exploitation",
        "She comes in to buy her mum's cigarettes.",
        "A man has given her cigarettes and vodka.",
    ),
    (
        "domestic_abuse",
        "She rings her mum every twenty minutes when she's away.",
        "Her husband rang reception every twenty minutes to check she hadn't left.",
    ),
    (
        "domestic_abuse",
        "She's frightened of what the exam results will say.",
        "She's frightened of what he'll do if she leaves.",
    ),
    (
        "domestic_abuse",
        "He makes her laugh every day.",
        "He makes her come to every appointment or else.",
    ),
    (
        "self_harm",
        "She deserves a holiday.",
        "She says she deserves to disappear.",
    ),
    (
        "self_harm",
        "Her arms are covered with glitter after the party.",
        "Her arms are always covered with bandages.",
    ),
    (
        "child_sexual_exploitation",
        "She looked after her friend's rabbit.",
        "Her boyfriend hit her for not looking after his friend.",
    ),
    (
        "physical_abuse",
        "He was kicked in the head by a horse at the yard.",
        "He was kicked in the head by the owner for being late.",
    ),
    (
        "physical_abuse",
        "He does the washing-up thing after tea.",
        "Her boyfriend does the lighter thing when he's naughty.",
    ),
    (
        "physical_abuse",
        "He has a small round plaster on his knee.",
        "He has rows of small round scabs on his thighs.",
    ),
    (
        "child_sexual_exploitation",
        "She asked the nurse about the implant for her periods.",
        "She wants an implant so she doesn't get in trouble with the men.",
    ),
    (
        "child_sexual_exploitation",
        "A taxi waited outside for her after the party.",
        "A taxi waited for her with the meter off.",
    ),
    (
        "child_sexual_exploitation",
        "He came in with a different coat every week.",
        "He checks in with a different girl who looks about 15.",
    ),
    (
        "modern_slavery",
        "He sleeps in the spare room at his gran's.",
        "He sleeps in the tack room at the yard.",
    ),
    (
        "modern_slavery",
        "He works at the café for the experience.",
        "He works from five every morning for his board.",
    ),
    (
        "modern_slavery",
        "The owner keeps the keys to the barn.",
        "The owner keeps his bank card.",
    ),
    (
        "forced_marriage",
        "She will marry the neighbour's son next summer after university.",
        "She'll marry the neighbour's son, who is 30.",
    ),
    (
        "forced_marriage",
        "She'll leave at Christmas to start her new job.",
        "She'll leave at Christmas to help at home.",
    ),
    (
        "anti_social_behaviour",
        "Kids on scooters were riding round the park with their parents.",
        "Kids on e-scooters keep tearing through the precinct.",
    ),
    (
        "anti_social_behaviour",
        "The kids spat out their chewing gum.",
        "They spit at the staff who ask them to slow down.",
    ),
    (
        "self_neglect",
        "He sleeps in the tent most nights on his walking holiday.",
        "He has been sleeping in the bus shelter most nights.",
    ),
    (
        "self_neglect",
        "He can't face the gym on Mondays.",
        "He can't face going back to his flat.",
    ),
    (
        "cuckooing",
        "They moved into the front room for the summer.",
        "They've moved him into the tiny front cabin.",
    ),
    (
        "cuckooing",
        "His three sons live on the farm.",
        "Three men have been living on his houseboat for a month.",
    ),
    (
        "cuckooing",
        "Cars come to the towpath at weekends for the festival.",
        "Cars come to the towpath all night.",
    ),
    (
        "scam_fraud",
        "She ordered a medium pizza.",
        "A medium passing on messages from her late husband.",
    ),
    (
        "financial_abuse",
        "She paid for her own lunch from her savings jar.",
        "The carer paid for her own lunch from the woman's purse.",
    ),
    (
        "sexual_abuse",
        "He was carrying a young woman's bags to the taxi.",
        "A man was half-carrying a young woman who can't stand.",
    ),
    (
        "self_harm",
        "He is going to step off the bus at the next stop.",
        "He says he'll step off when the fast train comes through.",
    ),
    (
        "neglect",
        "She went to buy her mum a birthday card.",
        "She comes in at 7am to buy her mum's cigarettes and vodka.",
    ),
    (
        "neglect",
        "She tidies up before her little brothers' party.",
        "She does the morning jobs before her little brothers wake up.",
    ),
    (
        "fgm",
        "She's been cutting since her parents split up.",
        "She says she was cut when she was small.",
    ),
    (
        "burglary_risk",
        "He was filming girls in their gardens.",
        "Two men were filming the houses on our road.",
    ),
    (
        "scam_fraud",
        "Her mum is taking her to the prize-giving.",
        "She gets piles of post about prizes.",
    ),
    (
        "self_neglect",
        "She thought it was Tuesday, not Wednesday.",
        "She thought it was July, though it is December.",
    ),
    (
        "self_neglect",
        "She wore a summer dress to the party.",
        "She was sitting in a summer dress in the frost.",
    ),
    (
        "fgm",
        "Her grandmother taught her to sew, as was done with us.",
        "Her grandmother will do what was done to us.",
    ),
    (
        "sexual_abuse",
        "He films birds in their gardens.",
        "He wants to film girls in their gardens with a drone.",
    ),
    (
        "child_sexual_exploitation",
        "Her aunt paid for her to go on the school trip.",
        "A man paid for her to stay in a hotel with him.",
    ),
    (
        "hate_crime",
        "She wore a bindi for the festival and everyone loved it.",
        "Men keep mocking the bindi on her forehead.",
    ),
    (
        "hate_crime",
        "He threw a drink at the wall in temper.",
        "One threw a lit cigarette at her sari.",
    ),
    (
        "self_harm",
        "He sorted the shed out on Sunday.",
        "He says he's sorted it for Sunday.",
    ),
    (
        "self_harm",
        "It wasn't a good film.",
        "He said it wasn't a poem.",
    ),
    (
        "self_harm",
        "The beam would take the weight of the new roof.",
        "He asked which loft beam would take a man's weight.",
    ),
    (
        "domestic_abuse",
        "She hides her tablets from the grandchildren.",
        "He hides her heart tablets when she answers back.",
    ),
    (
        "domestic_abuse",
        "She has to ask the council before she can build a shed.",
        "A woman of 80 has to ask her grandson before she can use the phone.",
    ),
    (
        "modern_slavery",
        "She is dropped off every morning at work.",
        "She is dropped off every morning to beg.",
    ),
    (
        "emotional_abuse",
        "She can't stand the cold.",
        "She can't stand looking at him.",
    ),
    (
        "neglect",
        "She propped the door open with a cushion.",
        "She props his bottle on a cushion.",
    ),
    (
        "neglect",
        "He put the spoon in the drawer.",
        "His son shoves the spoon in so fast he chokes.",
    ),
    (
        "child_criminal_exploitation",
        "He has four pens on the table.",
        "He has four phones on the table.",
    ),
    (
        "child_criminal_exploitation",
        "He takes the train to Leeds to do work experience.",
        "He takes the train to Margate to do work for Uncle.",
    ),
    (
        "hate_crime",
        "They painted over the old sign on the church hall.",
        "I painted over the same words on the gurdwara wall.",
    ),
    (
        "physical_abuse",
        "She put him down in the cot for his nap.",
        "She dropped him into the cot from a height.",
    ),
    (
        "anti_social_behaviour",
        "They pulled off the wrapping paper.",
        "They ripped off the guttering.",
    ),
    (
        "anti_social_behaviour",
        "The builders threw roof tiles into the skip.",
        "They threw roof tiles at the caretaker.",
    ),
    (
        "domestic_abuse",
        "He poured petrol into the lawnmower.",
        "Her husband has poured petrol round the kitchen.",
    ),
    (
        "self_harm",
        "She's been cutting the grass every week.",
        "She's been cutting since her parents split up.",
    ),
    (
        "radicalisation",
        "He framed his grandad's medal as a hero's.",
        "He wants the man who attacked the mosque framed as a hero.",
    ),
    (
        "radicalisation",
        "There'll be more rain than last week.",
        "There'll be more like him round here soon.",
    ),
    (
        "neglect",
        "Paying for the carers is worth every penny, his son says.",
        "His son says paying for carers is money better spent elsewhere.",
    ),
    (
        "domestic_abuse",
        "She brings back the change for her mum.",
        "He makes her bring back the change with a photo of the till roll.",
    ),
    (
        "domestic_abuse",
        "They took the children to a birthday party.",
        "He took the children's birthday money for bills.",
    ),
    (
        "emotional_abuse",
        "She got rid of the old sofa.",
        "She said she should have got rid of him.",
    ),
    (
        "sexual_abuse",
        "He makes him watch the football with her.",
        "His support worker makes him watch rude films with her.",
    ),
    (
        "cuckooing",
        "She is growing tomatoes in her greenhouse.",
        "The young men are growing cannabis in her greenhouse.",
    ),
    (
        "domestic_abuse",
        "He was pointing at the fireworks with his girlfriend.",
        "He is pointing a lit rocket at his girlfriend.",
    ),
    (
        "domestic_abuse",
        "She's burning her arm with a hair grip.",
        "He says he'll light her up.",
    ),
    (
        "missing_person",
        "His wife, who has dementia, walked into the garden.",
        "A woman with dementia has walked into the lake.",
    ),
    (
        "missing_person",
        "She tried to get the cat in.",
        "A man in a van tried to pull her in.",
    ),
    (
        "hate_crime",
        "She leaves bananas on the table for the kids.",
        "Someone keeps leaving bananas on their doormat.",
    ),
    (
        "hate_crime",
        "He drew a boat on the door.",
        "Someone scratched a noose into their door.",
    ),
    (
        "scam_fraud",
        "The roofer said the roof is fine.",
        "He said the roof is loose and demanded 2000 pounds.",
    ),
    (
        "child_sexual_exploitation",
        "She gets in from school at four.",
        "A girl gets in his car and comes back at midnight.",
    ),
    (
        "missing_person",
        "She has been staying with friends in Spain on holiday with her mum.",
        "She has been staying with friends in another town for three nights.",
    ),
    (
        "child_sexual_exploitation",
        "Her brother is keeping her phone while she swims.",
        "An older man is keeping her phone safe.",
    ),
    (
        "neglect",
        "Leave him, he's fine, he's just asleep on the sofa.",
        "His carer said leave him, he does this, as he went grey.",
    ),
    (
        "self_harm",
        "She hears a voice calling her name from the garden.",
        "She hears a voice telling her the baby would be better off without her.",
    ),
    (
        "honour_based_abuse",
        "Her brothers will bring her back from the airport.",
        "Her father told her brothers to bring her back from her flat.",
    ),
    (
        "forced_marriage",
        "She refused the job they offered.",
        "She refused the man they chose.",
    ),
    (
        "child_criminal_exploitation",
        "He can't look inside the box until his birthday.",
        "He can't look inside the rucksack or else.",
    ),
    (
        "child_criminal_exploitation",
        "They pay him 20 pounds to wash the car.",
        "They pay him 20 pounds to carry a rucksack over to the estate.",
    ),
    (
        "emotional_abuse",
        "He is the family comedian.",
        "His dad calls him the family joke.",
    ),
    (
        "sexual_abuse",
        "He put his hand up to answer the question.",
        "He puts his hand up her skirt.",
    ),
    (
        "neglect",
        "Her hair was full of glitter after the party.",
        "Her hair is full of lice.",
    ),
    (
        "neglect",
        "She wore the same leotard for the show.",
        "She is in the same leotard every week.",
    ),
    (
        "domestic_abuse",
        "Her ex posts photos of his dog.",
        "Her ex uploads videos of her to punish her.",
    ),
    (
        "online_abuse",
        "She posted her new poem online.",
        "He posted her address in the comments.",
    ),
    (
        "child_sexual_exploitation",
        "She stayed in the chalet of her aunt and uncle.",
        "She spent every night in the chalet of a group of men.",
    ),
    (
        "child_sexual_exploitation",
        "She has no memory of her first birthday.",
        "She has no memory of the evening.",
    ),
    (
        "sexual_abuse",
        "He printed photos of his friend's daughter's wedding.",
        "He printed photos of his friend's daughter asleep in her bed.",
    ),
    (
        "drug_dealing",
        "The butcher keeps his knife and scales by the till.",
        "Staff found a machete and scales by the door.",
    ),
    (
        "drug_dealing",
        "Young people visit the library after school.",
        "Young lads visit the unit at all hours.",
    ),
    (
        "sexual_abuse",
        "He dropped a slice of lemon into her drink.",
        "He was dropping something into a woman's drink.",
    ),
    (
        "scam_fraud",
        "She sends it back in the post.",
        "She must send the refund back in gift cards.",
    ),
    (
        "radicalisation",
        "They are flying to Turkey for a beach holiday.",
        "He asked how to get to Turkey and cross over without his family knowing.",
    ),
    (
        "radicalisation",
        "He was watching cooking videos for hours.",
        "He was watching beheading videos for hours.",
    ),
    (
        "self_neglect",
        "She won't put the heating on in May.",
        "The house is freezing because she won't put the heating on.",
    ),
    (
        "self_neglect",
        "She is living in a flat by the sea.",
        "She is living on dry biscuits.",
    ),
    (
        "anti_social_behaviour",
        "They set fire to the bonfire at the display.",
        "Someone keeps setting fire to our skips.",
    ),
    (
        "domestic_abuse",
        "He knocked the vase to the ground.",
        "He knocked his wife to the ground.",
    ),
    (
        "self_harm",
        "He showed me the empty packets of seeds.",
        "He showed me the empty packets of pills.",
    ),
    (
        "child_criminal_exploitation",
        "The older riders went over the jumps first.",
        "He was slashed by older riders over a debt.",
    ),
    (
        "child_sexual_exploitation",
        "She has a private lesson with her piano teacher.",
        "He asked her to come for a private screen test.",
    ),
    (
        "child_sexual_exploitation",
        "She gets paid work if she finishes her exams.",
        "They'd get paid parts if they came to his flat.",
    ),
    (
        "financial_abuse",
        "She signed the card for her son.",
        "He told her to sign her house over before the wedding.",
    ),
    (
        "self_harm",
        "She won't be needing a coat soon, it's warming up.",
        "He said he won't be needing them soon.",
    ),
    (
        "self_harm",
        "He won't be back for another month.",
        "He said he won't be back for another trim.",
    ),
    (
        "self_harm",
        "He asked how long it takes for the paint to dry.",
        "He asked how long it takes for someone to be found on the moors.",
    ),
    (
        "financial_abuse",
        "She didn't know the bakery was being sold.",
        "She didn't seem to know it was being sold.",
    ),
    (
        "child_criminal_exploitation",
        "He has a new bike his parents bought him.",
        "He has a new bike he says a mate bought him.",
    ),
    (
        "child_criminal_exploitation",
        "He visits other towns in the holidays.",
        "He rides to other towns on school days.",
    ),
    (
        "child_criminal_exploitation",
        "The call about his gran left him shaking.",
        "A phone call left him shaking.",
    ),
    (
        "emotional_abuse",
        "His mum told everyone that he was top of the class.",
        "His mum told everyone that he's thick.",
    ),
    (
        "emotional_abuse",
        "He hides under the table when they play hide and seek.",
        "He hides under the table when his dad comes to collect him.",
    ),
    (
        "sexual_abuse",
        "The coach makes them get changed in the changing room.",
        "The man makes her get changed in his car.",
    ),
    (
        "sexual_abuse",
        "He took photos of her at the prize-giving.",
        "He takes photos of her for her kit size.",
    ),
    (
        "hate_crime",
        "She laughed at the way the puppy walks.",
        "They call him names for the way he walks.",
    ),
    (
        "hate_crime",
        "He pushed the wheelchair up the ramp.",
        "They pushed him off his mobility scooter.",
    ),
    (
        "drug_dealing",
        "She asked if I wanted white or brown bread.",
        "He asked if I wanted white or brown.",
    ),
    (
        "domestic_abuse",
        "He won't tell her where the party is.",
        "He won't tell her where they're moving to.",
    ),
    (
        "domestic_abuse",
        "She keeps her passport in the safe.",
        "He has kept her passport to keep it safe.",
    ),
    (
        "domestic_abuse",
        "He laughed with her about chatting to us.",
        "He snapped at her for chatting to us.",
    ),
    (
        "domestic_abuse",
        "Her ex is outside the school to collect their son.",
        "Her ex is outside with a knife.",
    ),
    (
        "domestic_abuse",
        "She says she's going to cut her hair short.",
        "He's outside saying he's going to cut her face.",
    ),
    (
        "child_sexual_exploitation",
        "She has been a friend of 30 years.",
        "She has a friend of 34 who picks her up.",
    ),
    (
        "child_sexual_exploitation",
        "Her dad gives her juice in the car.",
        "A man gives her vodka in his car.",
    ),
    (
        "child_sexual_exploitation",
        "She owes him a birthday card.",
        "He tells her she owes him for them.",
    ),
    (
        "forced_marriage",
        "They are taking her to Pakistan to see the mountains.",
        "They are taking her to Bangladesh to meet her husband.",
    ),
    (
        "forced_marriage",
        "She's scared she won't be coming back to the team after her injury.",
        "She's scared she won't be coming back from the trip.",
    ),
    (
        "cuckooing",
        "The neighbours have a key to his flat for emergencies.",
        "People he met in town have a key to his flat.",
    ),
    (
        "cuckooing",
        "He won't leave his flat since his wife died.",
        "People he met in town won't leave.",
    ),
    (
        "cuckooing",
        "He can't get in until they open the shop at nine.",
        "He can't get in unless they let him.",
    ),
    (
        "online_abuse",
        "He streams for his friends from his bedroom.",
        "He streams for him from his bedroom at night.",
    ),
    (
        "online_abuse",
        "The webcam stays on while he gets his homework done.",
        "He wants the camera left on while he gets changed.",
    ),
    (
        "financial_abuse",
        "She has her banking app on her phone.",
        "He has her banking app on his phone.",
    ),
    (
        "financial_abuse",
        "She makes him pay for his own bus fare.",
        "He makes her pay for both their tickets.",
    ),
    (
        "financial_abuse",
        "She worries she'll have no friends if she moves school.",
        "He says she'll have no friends if she stops paying.",
    ),
    (
        "scam_fraud",
        "Her card had been replaced because it expired.",
        "His card had been cloned, the man said.",
    ),
    (
        "scam_fraud",
        "He told her not to mention the surprise at the party.",
        "He told him not to mention it at the branch.",
    ),
    (
        "neglect",
        "She comes into the launderette most mornings with her mum.",
        "She comes in hungry every morning.",
    ),
    (
        "modern_slavery",
        "She can't afford the cream but leaves her with us.",
        "He says he can't leave the farm.",
    ),
    (
        "financial_abuse",
        "She asked for the money to go to her own account.",
        "Her son keeps asking her for money.",
    ),
    (
        "online_abuse",
        "He showed it to everyone proudly.",
        "He showed the photo to everyone.",
    ),
    (
        "domestic_abuse",
        "She had marks on her shoes from the mud.",
        "I saw finger marks round her neck.",
    ),
    (
        "domestic_abuse",
        "He'll pay for it later when he gets paid.",
        "He told her she'd pay for it later for letting me in.",
    ),
    (
        "domestic_abuse",
        "Her husband dragged the bins into the road.",
        "Her husband dragged her into the toilets by her throat.",
    ),
    (
        "child_sexual_exploitation",
        "She moved from the children's home to a foster family.",
        "He takes her from the children's home to a hotel.",
    ),
    (
        "child_sexual_exploitation",
        "Her mum books a taxi for the school run.",
        "A man books me to take the same 15 year old girl.",
    ),
    (
        "child_sexual_exploitation",
        "She was begging him to drop her at the cinema.",
        "She is begging him not to drop her at the flat.",
    ),
    (
        "child_sexual_exploitation",
        "The flat where her grandparents live is by the park.",
        "He drops her at a flat where men are waiting.",
    ),
    (
        "neglect",
        "He wanders round the shops on Saturdays with his dad.",
        "He wanders into our shop most afternoons on his own.",
    ),
    (
        "neglect",
        "He wore a T-shirt to the barbecue in the sun.",
        "He was in a T-shirt in the rain.",
    ),
    (
        "neglect",
        "He was left in the car park all day by the bus.",
        "He was left in wet trousers all day.",
    ),
    (
        "neglect",
        "She was not given a parking ticket.",
        "He was not given a drink since breakfast.",
    ),
    (
        "neglect",
        "The carer spent the afternoon in the garden with him.",
        "The carer spent the afternoon in the pub.",
    ),
    (
        "financial_abuse",
        "Her pension goes up in April.",
        "Since then her pension goes into it.",
    ),
    (
        "physical_abuse",
        "He lifted the kitten by the scruff.",
        "He lifted the boy off the ground by the ear.",
    ),
    (
        "physical_abuse",
        "He has old scabs from his chickenpox.",
        "He has old scabs behind both ears.",
    ),
    (
        "hate_crime",
        "Two women holding hands walked past the bus stop.",
        "A group surrounded two women holding hands.",
    ),
    (
        "hate_crime",
        "They set the bonfire alight.",
        "They set one woman's hair alight.",
    ),
    (
        "hate_crime",
        "They called them over for tea.",
        "They called them dykes.",
    ),
    (
        "emotional_abuse",
        "She should never have had the last biscuit.",
        "Her mum said she should never have had her.",
    ),
    (
        "emotional_abuse",
        "The garden is nicer without the old shed.",
        "Her mum says the house is nicer without her.",
    ),
    (
        "online_abuse",
        "She follows her friends on Instagram.",
        "He follows her on Snap Map.",
    ),
    (
        "online_abuse",
        "He messages her every morning to say good luck.",
        "He messages her every few minutes.",
    ),
    (
        "modern_slavery",
        "They leave in a van at 5pm after work.",
        "They leave in a van at 5am.",
    ),
    (
        "modern_slavery",
        "He brings a new group of students every year for the open day.",
        "He brings a new group of young men every week.",
    ),
    (
        "modern_slavery",
        "She knocked to ask me for the parcel.",
        "One knocked to ask me for food.",
    ),
    (
        "sexual_abuse",
        "He pressed the button for the lift.",
        "He keeps pressing himself against women.",
    ),
    (
        "sexual_abuse",
        "She followed her mum into the changing room.",
        "He followed her into the changing area.",
    ),
    (
        "self_neglect",
        "Boxes are piled by the door for the move.",
        "Rubbish and rotting food are piled against the door.",
    ),
    (
        "self_neglect",
        "He doesn't need a lift to the doctor.",
        "He says he doesn't need a doctor.",
    ),
    (
        "self_neglect",
        "He hasn't left his job for years.",
        "He hasn't left his room for three weeks.",
    ),
    (
        "scam_fraud",
        "She has given him her new phone number.",
        "She has given him her bank details.",
    ),
    (
        "scam_fraud",
        "The teacher told her she qualifies for the team.",
        "A caller told her she qualifies for a government grant.",
    ),
    (
        "fgm",
        "She is going to Nigeria for her cousin's wedding ceremony.",
        "He is flying her to Guinea next month for a ceremony.",
    ),
    (
        "fgm",
        "She was told not to tell her friends about the surprise.",
        "He has told the girl not to tell her teachers.",
    ),
    (
        "honour_based_abuse",
        "Her uncle has followed her career since she started.",
        "Her uncles have followed her since a photo of her with a boy was shared.",
    ),
    (
        "honour_based_abuse",
        "She paid for the shoes.",
        "Her dad says she must pay for the shame.",
    ),
    (
        "honour_based_abuse",
        "The old phone is dead to them now.",
        "Her dad says she's dead to the family.",
    ),
    (
        "self_harm",
        "Sorry everyone, it's too much cake for me.",
        "Sorry everyone, it's too much.",
    ),
    (
        "domestic_abuse",
        "Her husband makes her sleep in on Sundays.",
        "Her husband makes her sleep in the car.",
    ),
    (
        "domestic_abuse",
        "She laughs when he answers back.",
        "He makes her stand outside when she answers back.",
    ),
    (
        "domestic_abuse",
        "He slammed his car door against the wall.",
        "He slammed his fiancee's head against the wall.",
    ),
    (
        "physical_abuse",
        "He slammed the door against the wall.",
        "He slammed her head against the table.",
    ),
    (
        "physical_abuse",
        "He was bleeding from his head after falling off his bike.",
        "He was bleeding from his side.",
    ),
    (
        "child_criminal_exploitation",
        "Lads with a football were chasing him round the park.",
        "Three lads with a knife were chasing him.",
    ),
    (
        "hate_crime",
        "They were copying his homework.",
        "They keep mimicking his signing.",
    ),
    (
        "hate_crime",
        "She keeps coming up to the new man at work to say hello.",
        "A group keeps coming up to the Deaf man to taunt him.",
    ),
    (
        "cuckooing",
        "They sell cakes from her kitchen for the school fair.",
        "They sell bits from his kitchen.",
    ),
    (
        "cuckooing",
        "He won't give the ball back.",
        "They won't give him his key back.",
    ),
    (
        "emotional_abuse",
        "Everybody likes you, she told him.",
        "Her friends didn't come because nobody likes you, he said.",
    ),
    (
        "sexual_abuse",
        "She made a clay figure of a man and a dog.",
        "She made a clay figure of a man and a girl in bed.",
    ),
    (
        "sexual_abuse",
        "That's what my uncle does for a living.",
        "That's what my uncle does when I stay over.",
    ),
    (
        "sexual_abuse",
        "He took her to his room to show her the new puppy.",
        "He took her to his room when she could barely stand.",
    ),
    (
        "sexual_abuse",
        "She woke up with her hair in a mess.",
        "She woke up with her dress torn.",
    ),
    (
        "scam_fraud",
        "He bought a wine rack for the kitchen.",
        "She was sold a whisky cask deal.",
    ),
    (
        "scam_fraud",
        "A man rang her about the parish newsletter.",
        "It was a scheme a man rang her about.",
    ),
    (
        "fgm",
        "She is going to have the girls' night in.",
        "Her grandma will do the girls' thing to her.",
    ),
    (
        "missing_person",
        "She hasn't seen the new film yet.",
        "His wife hasn't seen him since yesterday.",
    ),
    (
        "missing_person",
        "The parcel hasn't turned up yet.",
        "He hasn't turned up for work this morning.",
    ),
    (
        "self_harm",
        "He couldn't face the cold so he stayed in.",
        "He told his solicitor he couldn't face it.",
    ),
    (
        "self_harm",
        "Tell my mum I'll be late.",
        "He texted 'tell my girls I love them'.",
    ),
    (
        "self_harm",
        "He locked himself out of the warehouse by mistake.",
        "He has locked himself in the warehouse with his insulin pens.",
    ),
    (
        "neglect",
        "She walked towards the lions with her teacher.",
        "She is walking towards the lions while her dad films it.",
    ),
    (
        "financial_abuse",
        "We sell strawberries and cars pull up to buy them.",
        "Her son has sold her car and her jewellery.",
    ),
    (
        "domestic_abuse",
        "I found a note from the wife thanking us for the stay.",
        "I found a note from the wife hidden in the bathroom.",
    ),
    (
        "domestic_abuse",
        "I'm not allowed to leave the house before the plumber comes.",
        "The note said: I'm not allowed to leave the house.",
    ),
    (
        "financial_abuse",
        "She sends 500 pounds to her grandson for his birthday.",
        "He has her send 500 pounds to his cousin abroad.",
    ),
    (
        "financial_abuse",
        "She borrowed a book from the library.",
        "Her daughter-in-law borrowed her bank card.",
    ),
    (
        "financial_abuse",
        "She was too frightened to watch the film.",
        "She is too frightened of losing her grandchildren to ask for it back.",
    ),
    (
        "hate_crime",
        "They want to go back to Syria to see family one day.",
        "They shouted go back to Syria at the family.",
    ),
    (
        "child_criminal_exploitation",
        "His mum rings him every evening to say goodnight.",
        "His boss rings him every ten minutes.",
    ),
    (
        "child_criminal_exploitation",
        "He got a new coat for school.",
        "He turns up in a designer coat with cash in rolls.",
    ),
    (
        "emotional_abuse",
        "She said the film was pathetic.",
        "A mum told her 11 year old he was pathetic.",
    ),
    (
        "emotional_abuse",
        "She wished he'd been at the party.",
        "She wished he'd been a girl.",
    ),
    (
        "online_abuse",
        "Her teacher left comments about her essay.",
        "Her photo is on a website where men leave comments.",
    ),
    (
        "online_abuse",
        "Her report has her first name and the date.",
        "It has her first name and her school.",
    ),
    (
        "radicalisation",
        "He read a book about the history of martial arts.",
        "He says martyrdom is the best death.",
    ),
    (
        "radicalisation",
        "He asked how to get to the station.",
        "He asked how to get to Syria without a passport.",
    ),
    (
        "scam_fraud",
        "She inherited her mother's ring.",
        "He has inherited a fortune from a cousin in America.",
    ),
    (
        "scam_fraud",
        "Her cousin she had never met came to the wedding.",
        "He wants to pay a cousin he'd never heard of.",
    ),
    (
        "burglary_risk",
        "He asked the children where they went to school.",
        "Two men kept asking owners where they lived.",
    ),
    (
        "burglary_risk",
        "She was writing down the recipes.",
        "One was writing down addresses from the entry list.",
    ),
    (
        "anti_social_behaviour",
        "They were putting flowers on the grave.",
        "Kids keep putting stones on the railway line.",
    ),
    (
        "anti_social_behaviour",
        "They were throwing bread at the ducks.",
        "They were throwing them at the carriages.",
    ),
    (
        "domestic_abuse",
        "He held his girlfriend's hand on the hot beach.",
        "He pushed his girlfriend's face onto the hot boiler.",
    ),
    (
        "physical_abuse",
        "She held her hands over the hot fire to warm them.",
        "He pushed her face onto the hot boiler.",
    ),
    (
        "neglect",
        "He was on his own while his parents were at work.",
        "He was on his own while his parents were in the beer tent.",
    ),
    (
        "missing_person",
        "She led the girl out of the fire exit during the drill.",
        "A man led a girl out of the fire exit.",
    ),
    (
        "missing_person",
        "Her mum is looking for her keys.",
        "Her mum is searching the machines for her.",
    ),
    (
        "domestic_abuse",
        "She'll end up like her mum, a great cook.",
        "He told her she'd end up like the last one.",
    ),
    (
        "domestic_abuse",
        "She spoke to the neighbours about the hedge.",
        "He says she'll regret it if she speaks to the neighbours again.",
    ),
    (
        "domestic_abuse",
        "She asked where the nearest bus stop was.",
        "She asked quietly if the refuge number on the leaflet was free.",
    ),
    (
        "domestic_abuse",
        "He smashed a bottle on the floor by accident.",
        "He smashed a bottle over his wife's head.",
    ),
    (
        "domestic_abuse",
        "She will never see the film again, it was so bad.",
        "He shouted that her mum will never see her again.",
    ),
    (
        "neglect",
        "The house smells of fresh bread.",
        "The house smells of cat mess.",
    ),
    (
        "neglect",
        "His carer left him at the day centre for the afternoon.",
        "His carer left him in the car park for four hours.",
    ),
    (
        "financial_abuse",
        "Her card was refused because it had expired, so the bank sent a new one.",
        "Her card keeps being refused at the till.",
    ),
    (
        "financial_abuse",
        "She signed the birthday card at the bank.",
        "He had her sign forms at the bank.",
    ),
    (
        "financial_abuse",
        "He moved his books into the spare room.",
        "His son moved his savings into a safer account.",
    ),
    (
        "hate_crime",
        "The cafe won't serve breakfast after eleven.",
        "He put up signs saying he won't serve Gypsies.",
    ),
    (
        "hate_crime",
        "He pushed the Traveller's caravan out of the mud to help.",
        "He pushed a Traveller woman over.",
    ),
    (
        "self_harm",
        "She wrote thank you on the card.",
        "He pays with notes with sorry and goodbye written on them.",
    ),
    (
        "self_harm",
        "How high the bridge is matters for the lorry.",
        "He asked how high the bridge is above the water.",
    ),
    (
        "self_harm",
        "He was in the shop drinking a bottle of water.",
        "He has drunk half a bottle of the disinfectant.",
    ),
    (
        "cuckooing",
        "He is living in his back bedroom while the kitchen is done.",
        "He is living in his back bedroom while three young men use the front room.",
    ),
    (
        "cuckooing",
        "The dog sleeps by the door.",
        "A dog is guarding the door.",
    ),
    (
        "missing_person",
        "She snatched a book from the shelf.",
        "A man snatched the boy from the park.",
    ),
    (
        "missing_person",
        "He carried his sleeping daughter onto the boat.",
        "He carried his screaming daughter onto his boat.",
    ),
    (
        "missing_person",
        "His car has been parked at the station since the weekend, as usual.",
        "His car has been parked at the harbour since Tuesday.",
    ),
    (
        "missing_person",
        "He left without his umbrella.",
        "He left without his phone.",
    ),
    (
        "missing_person",
        "The boat has gone for a service.",
        "His dinghy has gone.",
    ),
    (
        "emotional_abuse",
        "She will never be as tall as her brother.",
        "She will never be as clever as her brother, he told her.",
    ),
    (
        "emotional_abuse",
        "Put the bags by the bins where rubbish goes.",
        "He told her to stand by the bins where rubbish belongs.",
    ),
    (
        "online_abuse",
        "The forum has been sending her newsletters.",
        "The forum has been sending her money.",
    ),
    (
        "online_abuse",
        "She video calls her gran from her bedroom.",
        "He wants her to video call him from the bath.",
    ),
    (
        "modern_slavery",
        "Their books are in a box in the loft.",
        "Their ID cards are in a box in the landlord's locked room.",
    ),
    (
        "radicalisation",
        "He is learning to make bread.",
        "He is learning to make fertiliser bombs.",
    ),
    (
        "radicalisation",
        "The staff at the asylum hotel will find out on Monday who got the job.",
        "The people in the asylum hotel will find out soon.",
    ),
    (
        "scam_fraud",
        "It would take 5 minutes and it took 5 minutes.",
        "He said he'd take 5 pounds and he's taken 400 a month since.",
    ),
    (
        "burglary_risk",
        "She posted the date of the party on the family chat.",
        "Someone posted the date of the funeral and house empty online.",
    ),
    (
        "burglary_risk",
        "The back door had been painted.",
        "The back door had been forced.",
    ),
    (
        "sexual_abuse",
        "He put his hand in his pocket.",
        "He puts his hand in her costume.",
    ),
    (
        "self_harm",
        "After losing his keys he found them in the car.",
        "He has been low since losing his job.",
    ),
    (
        "domestic_abuse",
        "She read out the texts from her mum to the group.",
        "He reads her texts every night.",
    ),
    (
        "domestic_abuse",
        "She has no key to the office, so she waits for the caretaker.",
        "She has no key to her own house.",
    ),
    (
        "domestic_abuse",
        "She wrote a letter to her sister about the holiday.",
        "She asked me to post a letter to her sister where he won't see.",
    ),
    (
        "domestic_abuse",
        "He pushed his wife's wheelchair off the jetty ramp.",
        "He punched his wife off the jetty.",
    ),
    (
        "neglect",
        "His mum won't let him have a phone until he's twelve.",
        "His mum's boyfriend won't let him back in until she's gone to work.",
    ),
    (
        "neglect",
        "He was sitting on his doorstep in the sun eating an ice lolly.",
        "He is sitting on his doorstep in his school uniform at five.",
    ),
    (
        "financial_abuse",
        "The landlord charges him rent every month.",
        "They charge him rent of 600 a month out of his pension.",
    ),
    (
        "financial_abuse",
        "The grandchildren have taken his bedroom for the weekend.",
        "They have taken his bedroom while he sleeps in the conservatory.",
    ),
    (
        "hate_crime",
        "The crowd were throwing flowers at the runners.",
        "A group kept throwing bottles at a trans runner.",
    ),
    (
        "hate_crime",
        "The crowd were shouting that it should be a penalty.",
        "They were shouting that it should be disqualified.",
    ),
    (
        "emotional_abuse",
        "The rain ruined the barbecue.",
        "Her mum says she has ruined the family.",
    ),
    (
        "sexual_abuse",
        "Her mum helps her get changed after swimming.",
        "The lifeguard helps her get changed in the staff room.",
    ),
    (
        "sexual_abuse",
        "It's their secret recipe for the cake.",
        "He says it's their secret.",
    ),
    (
        "sexual_abuse",
        "He grabbed the bag from the car.",
        "He keeps grabbing women's bottoms.",
    ),
    (
        "sexual_abuse",
        "She pulled her leggings on for the walk.",
        "He pulled her leggings down.",
    ),
    (
        "neglect",
        "Her support workers have taken her to the cinema.",
        "Her support workers never booked her to the optician.",
    ),
    (
        "neglect",
        "The soup is so good she has it every day.",
        "His gums are so painful he can only manage yoghurt.",
    ),
    (
        "online_abuse",
        "Her friends dared her to jump in the pool.",
        "Strangers dare her to take her clothes off.",
    ),
    (
        "online_abuse",
        "He streams football matches from his bedroom.",
        "She has been livestreaming from her bedroom every night to strangers.",
    ),
    (
        "modern_slavery",
        "He takes the rubbish out at the end of the day.",
        "He takes their wages back at the end of the day.",
    ),
    (
        "modern_slavery",
        "He owes him a pint for the lift.",
        "He still owes him for his flight.",
    ),
    (
        "radicalisation",
        "He admires the man who climbed Everest.",
        "He idolises a man who shot women in America.",
    ),
    (
        "radicalisation",
        "He wants to do the same course at college next year.",
        "He said he'd do the same at school one day.",
    ),
    (
        "fgm",
        "She wants to find someone to cut her hair.",
        "She asked where to find someone to cut her 6 year old.",
    ),
    (
        "burglary_risk",
        "Two men posing as a band played at the fete.",
        "Two men posing as canvassers were asking questions.",
    ),
    (
        "burglary_risk",
        "They asked which days the library is open.",
        "They asked people which days they're at work.",
    ),
    (
        "burglary_risk",
        "He was trying a new recipe.",
        "One was caught trying a side gate.",
    ),
    (
        "anti_social_behaviour",
        "They were stretching a banner across the finish.",
        "They were stretching a rope across the lane.",
    ),
    (
        "honour_based_abuse",
        "The parcel will be dealt with at the depot.",
        "Her uncles said she'd be dealt with at home.",
    ),
    (
        "honour_based_abuse",
        "She was happy because she was seen by the doctor.",
        "She was collected early because she was seen holding hands with a boy.",
    ),
    (
        "forced_marriage",
        "She wants to marry a man who makes her laugh.",
        "They are taking her to marry a man of 40.",
    ),
    (
        "self_harm",
        "He wants to see the sea before he goes to work.",
        "He just wants to hit a few balls before he goes.",
    ),
    (
        "self_harm",
        "He has taken all his wife's books to the charity shop.",
        "He has taken all his wife's morphine.",
    ),
    (
        "drug_dealing",
        "He was separated from his parents for five minutes.",
        "They go in for a few minutes and leave.",
    ),
    (
        "sexual_abuse",
        "Her step-grandad plays doctors with her teddies at the table.",
        "Her step-grandad plays doctors with her in his bedroom.",
    ),
    (
        "sexual_abuse",
        "She made her bed and then took photos of the cat.",
        "He takes her into his bedroom and takes photos.",
    ),
    (
        "sexual_abuse",
        "He kept buying drinks for his friends at the wedding.",
        "He kept buying drinks for a woman who was very drunk.",
    ),
    (
        "domestic_abuse",
        "Her husband sold his old car at the auction.",
        "Her husband sold her car without asking.",
    ),
    (
        "domestic_abuse",
        "Nobody else will want the old sofa.",
        "He tells her nobody else will want her.",
    ),
    (
        "domestic_abuse",
        "He pushed his girlfriend's car into the garage.",
        "He rammed his girlfriend against a car.",
    ),
    (
        "domestic_abuse",
        "He makes her ask the shop for a receipt.",
        "He makes her ask him for lifts.",
    ),
    (
        "child_sexual_exploitation",
        "Her school paid for her ticket to the museum.",
        "A man paid for her ticket and hotel.",
    ),
    (
        "child_sexual_exploitation",
        "Her mum thinks she's brilliant at maths.",
        "Her mum thinks she's at a friend's.",
    ),
    (
        "child_sexual_exploitation",
        "She was carried into the house after falling asleep in the car.",
        "She was carried into a man's tent by two men.",
    ),
    (
        "child_sexual_exploitation",
        "She was too tired to stand after the race.",
        "She is too drunk to stand.",
    ),
    (
        "neglect",
        "His parents went home without him because he was staying with his gran.",
        "His parents had gone home without him.",
    ),
    (
        "neglect",
        "He went sailing with a lifejacket on.",
        "He made him jump into the sea without a lifejacket.",
    ),
    (
        "financial_abuse",
        "She was asking why the shop had closed.",
        "She kept asking why she was there.",
    ),
    (
        "financial_abuse",
        "Her friend pocketed the change from the raffle and gave it to the charity tin.",
        "Her new friend pocketed the money.",
    ),
    (
        "financial_abuse",
        "He helped her take out a library book.",
        "Her boyfriend made her take out a loan for his car.",
    ),
    (
        "financial_abuse",
        "The bank is closing the branch.",
        "Now the bank is chasing her.",
    ),
    (
        "self_harm",
        "He asked which pills are best for hay fever.",
        "He asked which of his pills are dangerous together.",
    ),
    (
        "self_harm",
        "There's nothing left in the fridge.",
        "He says there's nothing left.",
    ),
    (
        "self_harm",
        "The pilots walked across the tarmac to the plane.",
        "He climbed the fence onto the runway.",
    ),
    (
        "self_harm",
        "He wants it over by Friday so he can go on holiday.",
        "He says he wants it over.",
    ),
    (
        "forced_marriage",
        "Her dad will collect her from the wedding at midnight.",
        "Her dad's cousin is coming to collect her for her wedding.",
    ),
    (
        "online_abuse",
        "He sends her videos of puppies.",
        "They keep sending her videos of people being hurt.",
    ),
    (
        "online_abuse",
        "She's next in the queue for the slide.",
        "They say she's next if she leaves the chat.",
    ),
    (
        "modern_slavery",
        "She slipped me a note saying thanks for the flowers.",
        "She slipped me a note saying help.",
    ),
    (
        "drug_dealing",
        "Children queue at the ice cream van.",
        "Teenagers queue at his tent at night.",
    ),
    (
        "radicalisation",
        "Soldiers are brave, he said.",
        "He says soldiers are legitimate targets.",
    ),
    (
        "radicalisation",
        "He knows how to bring down a fever.",
        "He knows how to bring one down.",
    ),
    (
        "scam_fraud",
        "The medium size was sold out.",
        "A psychic who says his late wife has messages for him.",
    ),
    (
        "scam_fraud",
        "She wants a special treat for her birthday.",
        "She wants 2,000 pounds for a special reading.",
    ),
    (
        "fgm",
        "The shop has been closed since the summer.",
        "She says she's been closed since a trip to Sudan.",
    ),
    (
        "fgm",
        "Her knee still hurts since the fall.",
        "It still hurts down there since the trip.",
    ),
    (
        "missing_person",
        "He hasn't signed the card yet.",
        "He hasn't signed back in.",
    ),
    (
        "burglary_risk",
        "They asked where they keep their coats.",
        "They asked riders where they kept their saddles.",
    ),
    (
        "burglary_risk",
        "She asked whether their houses had gardens.",
        "They asked whether their yards had alarms.",
    ),
    (
        "anti_social_behaviour",
        "They rolled the ball down the path.",
        "They roll rocks down onto the path.",
    ),
    (
        "missing_person",
        "His car is still in the garage being fixed.",
        "His car is still in the lay-by.",
    ),
    (
        "modern_slavery",
        "Her aunty came over from Nigeria to visit for the summer.",
        "An aunty brought her over from Nigeria to help.",
    ),
    (
        "modern_slavery",
        "She was baking all day before the party.",
        "She is scrubbing floors all day instead of going to school.",
    ),
    (
        "modern_slavery",
        "The washing machine is in the utility room.",
        "She sleeps in the utility room.",
    ),
    (
        "cuckooing",
        "She fell asleep on the sofa while watching a film.",
        "She is sleeping on her own sofa while four young men use her bedroom.",
    ),
    (
        "cuckooing",
        "She keeps her digital scales in the cupboard for baking.",
        "There were digital scales on the coffee table.",
    ),
    (
        "cuckooing",
        "She says they're her neighbours from upstairs.",
        "She says they're just her mates.",
    ),
    (
        "self_neglect",
        "She doesn't want a fuss made on her birthday.",
        "She says she doesn't want a fuss.",
    ),
    (
        "forced_marriage",
        "At parents' evening her mother answered for her.",
        "At the notice interview the groom's mother answered for her.",
    ),
    (
        "forced_marriage",
        "She whispered that she didn't choose the colour.",
        "On her way out she whispered 'I didn't choose this'.",
    ),
    (
        "forced_marriage",
        "He hopes to find her a birthday present.",
        "They say they will find him a wife.",
    ),
    (
        "hate_crime",
        "They aren't British, they're Irish tourists.",
        "He shouted that they aren't British and never will be.",
    ),
    (
        "hate_crime",
        "He shouted at a family in the car park to move their car.",
        "He spat at a family in headscarves.",
    ),
    (
        "anti_social_behaviour",
        "The bus waited outside our doors.",
        "They sit revving outside our doors.",
    ),
    (
        "anti_social_behaviour",
        "The children were laughing at the clown.",
        "They laugh when anyone complains.",
    ),
    (
        "neglect",
        "She washed yesterday's dishes.",
        "Both children are in yesterday's clothes.",
    ),
    (
        "neglect",
        "Her mum is poorly with a cold, so her dad brought her.",
        "She says mum is poorly in bed again.",
    ),
    (
        "neglect",
        "A 16 year old walks her 3 year old brother to nursery.",
        "A 6 year old walks her 3 year old brother to nursery.",
    ),
    (
        "neglect",
        "He was about to drive home after his shift.",
        "He is getting into his car to drive home, slurring his words.",
    ),
    (
        "neglect",
        "She switches the heating off when she goes on holiday.",
        "Her son switches the heating off to save money.",
    ),
    (
        "neglect",
        "He locks the shed when he goes out.",
        "He locks her in her room when he goes out.",
    ),
    (
        "emotional_abuse",
        "The coach called one girl a superstar.",
        "The coach called one girl a fat pig.",
    ),
    (
        "emotional_abuse",
        "The nurse weighs the babies at the clinic.",
        "The coach weighs them in front of the squad.",
    ),
    (
        "emotional_abuse",
        "They swim until the whistle goes.",
        "He makes them swim until they're sick.",
    ),
    (
        "online_abuse",
        "He sent screenshots of the match scores.",
        "She has screenshots of him undressed on a video call.",
    ),
    (
        "online_abuse",
        "He can't go unless he buys a ticket.",
        "She says she'll post them unless he buys her gift cards.",
    ),
    (
        "self_harm",
        "Nobody will miss the old shed.",
        "He says nobody will miss him.",
    ),
    (
        "self_harm",
        "Nobody will miss him at the office party.",
        "He told me that nobody would miss him.",
    ),
    (
        "sexual_abuse",
        "She danced with her hands up in the air.",
        "He pinned her against a tree with his hand up her top.",
    ),
    (
        "sexual_abuse",
        "Her brother makes her do the washing up.",
        "He makes her do things in bed with his friends.",
    ),
    (
        "sexual_abuse",
        "Her friends gave him money for the taxi.",
        "His friends give him money afterwards.",
    ),
    (
        "sexual_abuse",
        "She brings her dog to the grooming salon, and her partner collects him.",
        "He has been grooming her online.",
    ),
    (
        "sexual_abuse",
        "At the wedding the groom's mother answered for her.",
        "He is grooming young girls in the park.",
    ),
    (
        "domestic_abuse",
        "He said he'll shoot the film today.",
        "He said he'll shoot her today.",
    ),
    (
        "financial_abuse",
        "The old gent gave money to the church.",
        "She told me it's fine, it's the old gent's money.",
    ),
    (
        "financial_abuse",
        "The carer's son was betting on the horses.",
        "A carer who has started betting hundreds a day.",
    ),
    (
        "honour_based_abuse",
        "His family found out he's moving to Leeds.",
        "His family found out he's gay.",
    ),
    (
        "honour_based_abuse",
        "He hopes to be cured of his cough.",
        "They are taking him home to be cured.",
    ),
    (
        "drug_dealing",
        "We found a box full of old toys.",
        "We found a box full of small bags of white powder.",
    ),
    (
        "child_sexual_exploitation",
        "Her dad is getting into his car to drive home.",
        "She keeps getting into cars with older men.",
    ),
    (
        "child_criminal_exploitation",
        "A gang of teenagers plays football on the green.",
        "He says he's in a gang now.",
    ),
    (
        "child_criminal_exploitation",
        "Someone left bags of white powder in the woods.",
        "He carries bags of crack for them.",
    ),
    (
        "domestic_abuse",
        "He fitted locks that only open from the inside.",
        "He insisted on locks that only he has keys to.",
    ),
    (
        "domestic_abuse",
        "She keeps a spare key in case she loses hers.",
        "She asked if the window could open in case she needs to get out at night.",
    ),
    (
        "financial_abuse",
        "She asked where her grandson was going on holiday.",
        "She kept asking us where her things were going.",
    ),
    (
        "self_harm",
        "He ran until his legs gave out.",
        "He said he'll run till his heart gives out.",
    ),
    (
        "self_harm",
        "She thought her life was over when her phone broke, lol.",
        "He told us his life was over.",
    ),
    (
        "self_harm",
        "He has sorted his holiday photos.",
        "He says he has sorted his affairs.",
    ),
    (
        "self_harm",
        "This is my last flight before I retire.",
        "He took off saying 'this is my last flight'.",
    ),
    (
        "modern_slavery",
        "His friend answered the phone for him.",
        "A friend answered every question for him.",
    ),
    (
        "modern_slavery",
        "His friend held the door for him.",
        "A friend who held his passport and bank card came in with him.",
    ),
    (
        "modern_slavery",
        "His wages are paid into his own account.",
        "He wants the benefit paid into an account the friend controls.",
    ),
    (
        "emotional_abuse",
        "She listed everything she needed for the trip.",
        "She lists everything disgusting about her body.",
    ),
    (
        "radicalisation",
        "He painted the soldiers in their regiment's colours.",
        "He has started painting SS runes on his armies.",
    ),
    (
        "radicalisation",
        "He said the chef had the right idea about the menu.",
        "He says Hitler had the right idea.",
    ),
    (
        "radicalisation",
        "He watched a film about a killer whale.",
        "He shares a mass shooter's manifesto.",
    ),
    (
        "online_abuse",
        "His mum sends him voice notes saying she loves him.",
        "A man from his gaming clan sends him voice notes saying he loves him.",
    ),
    (
        "online_abuse",
        "He went to the shop without telling his mum.",
        "A man wants him to stay at his flat without telling his mum.",
    ),
    (
        "missing_person",
        "She won't go back to that restaurant.",
        "He says he is never going back.",
    ),
    (
        "drug_dealing",
        "She handed the tickets through the car window.",
        "They hand them through the car windows.",
    ),
    (
        "drug_dealing",
        "The cars stop at the lights.",
        "Cars that stop for a few seconds and drive off.",
    ),
    (
        "forced_marriage",
        "His dad has hidden the Easter eggs.",
        "His dad has hidden his passport.",
    ),
    (
        "forced_marriage",
        "The wedding is arranged for June at the castle.",
        "His dad says the wedding is decided.",
    ),
    (
        "cuckooing",
        "They let themselves in with the key under the mat.",
        "Teenagers let themselves in with his own key.",
    ),
    (
        "cuckooing",
        "He sits in the car until the rain stops.",
        "He sits in the stairwell until they leave.",
    ),
    (
        "fgm",
        "She asked whether her 7 year old could get her hair cut at the salon.",
        "She asked whether her 7 year old could be cut at a clinic here.",
    ),
    (
        "fgm",
        "Her grandmother will visit in the summer.",
        "Her 7 year old's grandmother will do it in the summer.",
    ),
    (
        "burglary_risk",
        "He asked whether the owners were happy with the work.",
        "A man knocked to ask whether the owners were still away.",
    ),
    (
        "burglary_risk",
        "The padlock was new and shiny.",
        "The side gate's padlock has been cut.",
    ),
    (
        "burglary_risk",
        "The ladder was in the shed.",
        "Their ladder was moved under the back window.",
    ),
    (
        "financial_abuse",
        "He asks for his card back after the game.",
        "They ask for his bank card every Friday.",
    ),
    (
        "anti_social_behaviour",
        "They sat on the benches by the memorial.",
        "They smashed the benches by the memorial.",
    ),
    (
        "anti_social_behaviour",
        "They sprayed water on the flowers.",
        "They sprayed tags over the names.",
    ),
    (
        "anti_social_behaviour",
        "The chef uses nitrous oxide to whip cream.",
        "Nitrous oxide canisters were left all over the steps.",
    ),
    (
        "hate_crime",
        "The comedian was mocking a man with a loud shirt.",
        "Men were mocking a man with Down's syndrome.",
    ),
    (
        "hate_crime",
        "They poured water over the plants.",
        "They poured beer over his head.",
    ),
    (
        "burglary_risk",
        "He asked if the window could open wide enough for the cat.",
        "The back window was left open.",
    ),
    (
        "physical_abuse",
        "They took small packages out of a car boot and passed them on.",
        "They were booting him in the head.",
    ),
    (
        "anti_social_behaviour",
        "He'll use the moped to get to college.",
        "Lads on mopeds tear round the estate every night.",
    ),
    (
        "honour_based_abuse",
        "His front tooth came out, and his mum says the tooth fairy came.",
        "Since he came out, his dad won't speak to him.",
    ),
    (
        "cuckooing",
        "They asked how many miles the cars had done.",
        "There are lots more visitors and cars since the lads arrived.",
    ),
    (
        "child_criminal_exploitation",
        "He is never without his football boots.",
        "He is never without two phones now.",
    ),
    (
        "physical_abuse",
        "He makes them kneel on the mat to stretch.",
        "His dad makes him kneel on dry rice for an hour.",
    ),
    (
        "scam_fraud",
        "The pension service wrote to confirm her payments.",
        "A man claiming to be from the pension service came to his farm.",
    ),
    (
        "scam_fraud",
        "The bank took his old card and posted him a new one.",
        "A man took his bank card 'to be replaced'.",
    ),
    (
        "scam_fraud",
        "He wrote down his shopping list.",
        "The man wrote down his PIN.",
    ),
    (
        "domestic_abuse",
        "Her husband keeps a spare key at work.",
        "Her ex still has a key to the flat.",
    ),
    (
        "domestic_abuse",
        "He lets himself in after work.",
        "He has been letting himself in at night while she sleeps.",
    ),
    (
        "domestic_abuse",
        "She left a chocolate on his pillow for his birthday.",
        "He left a note on her pillow.",
    ),
    (
        "radicalisation",
        "The drone was flying low over the fields.",
        "He keeps asking about flying low over crowds.",
    ),
    (
        "radicalisation",
        "Which airfields have the best cafes?",
        "He asked which airfields don't check bags.",
    ),
    (
        "radicalisation",
        "The team deserves a win after all that training.",
        "He posted that the stadium deserves what's coming.",
    ),
    (
        "online_abuse",
        "She put her face paint on before the match.",
        "Someone put her face onto a porn video.",
    ),
    (
        "emotional_abuse",
        "He said the meeting was a waste of time.",
        "She screams that he's a waste of oxygen.",
    ),
    (
        "emotional_abuse",
        "She shouts from the side to cheer him on.",
        "She screams from the side that he's letting the team down.",
    ),
    (
        "emotional_abuse",
        "He walks home with his friends after school.",
        "She makes him walk home alone whenever his team loses.",
    ),
    (
        "financial_abuse",
        "He took out a loan for his car.",
        "The bank wrote about a loan he didn't know about.",
    ),
    (
        "financial_abuse",
        "Since he moved in, the garden has never looked better.",
        "Since the lodger moved in, the bank has been writing to him.",
    ),
    (
        "drug_dealing",
        "She sells little cakes from her stall.",
        "He sells little zip bags from under the table.",
    ),
    (
        "hate_crime",
        "The guy was dressed in a Santa suit for the parade.",
        "They threw a guy dressed in a turban onto the fire.",
    ),
    (
        "hate_crime",
        "They are burning the leaves in the garden.",
        "They were chanting about burning them all.",
    ),
    (
        "forced_marriage",
        "She didn't know the cake was for her.",
        "She didn't know the wedding was hers.",
    ),
    (
        "honour_based_abuse",
        "She was punished for being late to training.",
        "She'll be punished for the shame.",
    ),
    (
        "sexual_abuse",
        "Don't tell anyone about the surprise party.",
        "He messaged her: don't tell anyone I said so.",
    ),
    (
        "sexual_abuse",
        "The teacher was dancing with the other staff.",
        "The teacher kept dancing close to a 15 year old girl.",
    ),
    (
        "financial_abuse",
        "She finished the painting while she still could see the light.",
        "Her son sorted it all out with her while she still could.",
    ),
    (
        "modern_slavery",
        "The children were playing with a woman in the park.",
        "Young children are begging every day with a woman.",
    ),
    (
        "fgm",
        "She wants her granddaughters home before the summer.",
        "She wants her granddaughters done before she dies.",
    ),
    (
        "self_harm",
        "He bought a whole packet of biscuits.",
        "He has swallowed a whole packet of his mum's sleeping tablets.",
    ),
    (
        "missing_person",
        "She put the shopping into the car.",
        "Two men have just bundled a 13 year old girl into a van.",
    ),
    (
        "domestic_abuse",
        "He held his girlfriend's hand at the bus stop.",
        "He grabbed his girlfriend by the throat.",
    ),
    (
        "anti_social_behaviour",
        "They waved from the bridge at the tractors.",
        "Youths dropped bricks onto the tractors passing underneath.",
    ),
    (
        "self_harm",
        "Youths on the bridge dropped bricks onto the traffic.",
        "She is standing on the bridge.",
    ),
    (
        "forced_marriage",
        "She sends the social worker away.",
        "Her family are sending her away to be married.",
    ),
    (
        "self_harm",
        "He was done with his homework by six.",
        "She said she's done with everything.",
    ),
    (
        "self_harm",
        "She asked which mushrooms are deadly so her children can avoid them.",
        "She asked which mushrooms are deadly and how long they take.",
    ),
    (
        "self_harm",
        "She picked some mushrooms for tea.",
        "She pocketed some death caps when she thought I wasn't looking.",
    ),
    (
        "modern_slavery",
        "They arrived with a coach driver from the school.",
        "A group of young men arrived with a minder.",
    ),
    (
        "modern_slavery",
        "The teacher took their phones away during the exam.",
        "The minder took their phones away in a bag.",
    ),
    (
        "domestic_abuse",
        "He checks the tyres on her car every week.",
        "He checks the mileage on her car every night.",
    ),
    (
        "domestic_abuse",
        "Her husband held her hand on the steps.",
        "Her husband gripped her wrist so hard she cried out.",
    ),
    (
        "neglect",
        "The children were sitting in the car with their dad.",
        "Two children of 3 and 5 were left in a car with the windows up.",
    ),
    (
        "neglect",
        "His mum is at work until six.",
        "His mum is nowhere to be seen.",
    ),
    (
        "emotional_abuse",
        "He said the film was too stupid to watch.",
        "His dad says the boy is too ugly to love.",
    ),
    (
        "emotional_abuse",
        "Santa won't come until they're asleep.",
        "Santa won't come because he's too stupid.",
    ),
    (
        "hate_crime",
        "The wind knocked over the Diwali lamps.",
        "He smashed the Diwali lamp sculpture.",
    ),
    (
        "hate_crime",
        "She went back where she came from, to Leeds.",
        "He shouted that Hindus should go back where they came from.",
    ),
    (
        "sexual_abuse",
        "She took photos of the girls' team at the match.",
        "He took photos of a 6 year old girl getting changed.",
    ),
    (
        "sexual_abuse",
        "She offered to put sun cream on her own children.",
        "He kept offering to put sun cream on other people's children.",
    ),
    (
        "online_abuse",
        "They posted a picture of the new school building.",
        "They posted his address and a picture of his house.",
    ),
    (
        "online_abuse",
        "I know where you work.",
        "Boys in a gaming chat wrote 'we know where you live'.",
    ),
    (
        "missing_person",
        "The home doesn't know the result yet.",
        "The home doesn't know where she is.",
    ),
    (
        "drug_dealing",
        "She hands tickets to people at the gate.",
        "She hands foil wraps to people at the back gate every night.",
    ),
    (
        "neglect",
        "The children answer the door to their grandparents.",
        "Her children answer the door to the buyers.",
    ),
    (
        "self_neglect",
        "She wore the same red cardigan to the party.",
        "She comes in each week in the same stained cardigan.",
    ),
    (
        "self_neglect",
        "Her fridge holds nothing but fresh fruit.",
        "Her fridge holds nothing but out-of-date milk.",
    ),
    (
        "self_neglect",
        "The social worker is away on holiday.",
        "She sends the social worker away.",
    ),
    (
        "child_criminal_exploitation",
        "He meets his friends and then cycles home.",
        "He meets cars and then cycles off fast.",
    ),
    (
        "child_criminal_exploitation",
        "Older lads have just pushed him into the river.",
        "He hangs around with older lads now.",
    ),
    (
        "cuckooing",
        "They have taken over the running of the shop.",
        "The lads have taken over the farmhouse.",
    ),
    (
        "cuckooing",
        "The cat won't let him sleep in.",
        "They won't let him back in.",
    ),
    (
        "fgm",
        "Do you know a lady round here who does nails?",
        "Do you know a lady round here who does the girls?",
    ),
    (
        "fgm",
        "Her homework should have been done by now.",
        "Her daughters should have been done by now.",
    ),
    (
        "physical_abuse",
        "He shoved the door so hard it stuck.",
        "He shoved him so hard he fell and hit his head.",
    ),
    (
        "physical_abuse",
        "He jumped into the river with his dog.",
        "They pushed a 12 year old boy into the river.",
    ),
    (
        "drug_dealing",
        "She wrapped the sandwiches in foil.",
        "There were foil wraps all over the steps.",
    ),
    (
        "self_neglect",
        "His wife showed the district nurse straight away.",
        "She sends the district nurse away.",
    ),
    (
        "child_criminal_exploitation",
        "Older lads have just pushed him into the river.",
        "He says the older boys stabbed him for losing their stuff.",
    ),
    (
        "sexual_abuse",
        "She was led into the tent by her dad.",
        "She was led into a horsebox by a man who isn't her dad.",
    ),
    (
        "physical_abuse",
        "He twists the lid till it opens.",
        "His stepdad twists his ear till he cries.",
    ),
    (
        "cuckooing",
        "His son uses his kitchen to cook for the family.",
        "The boys use his kitchen to cook stuff.",
    ),
    (
        "cuckooing",
        "He stays in his shed making furniture.",
        "The lads have taken over, so he stays in his shed.",
    ),
    (
        "self_harm",
        "The burns on the pan handle make it hard to hold.",
        "She says the burns make the noise in her head stop.",
    ),
    (
        "hate_crime",
        "She shouldn't be in the women's class because she's injured.",
        "She was told she isn't allowed in the women's changing room as she's trans.",
    ),
    (
        "neglect",
        "She stays in bed until noon on Sundays.",
        "Her carer has started leaving her in bed until noon.",
    ),
    (
        "emotional_abuse",
        "The teacher takes their phones away during lessons.",
        "Her carer takes her phone away so she doesn't complain.",
    ),
    (
        "fgm",
        "She's flying to Sierra Leone to see her gran.",
        "She's flying to Sierra Leone in the holidays for bondo.",
    ),
    (
        "online_abuse",
        "There's a page rating the best pizza places in town.",
        "Someone made a page rating the girls in his year by their bodies.",
    ),
    (
        "radicalisation",
        "The migration of swallows starts in autumn.",
        "He put up a sign about remigration.",
    ),
    (
        "radicalisation",
        "The group chat is planning a surprise party.",
        "He's in a group chat planning action.",
    ),
    (
        "modern_slavery",
        "The family keep a copy of her visa on file for her.",
        "The family keep her visa so she doesn't get lost.",
    ),
    (
        "child_criminal_exploitation",
        "He's minding his little sister for his mum.",
        "He says he's minding it for some lads.",
    ),
    (
        "child_criminal_exploitation",
        "They carry the tents round the campsite for the scouts.",
        "Teenagers carry little bags round the campsite for him.",
    ),
    (
        "child_criminal_exploitation",
        "His mum takes money from the cash machine at the shop.",
        "Older men collect money from him at the gate.",
    ),
    (
        "domestic_abuse",
        "The kids throw the ball against the wall.",
        "Daddy throws mummy against the walls.",
    ),
    (
        "domestic_abuse",
        "She hides in the wardrobe when her family plays hide and seek.",
        "She hides in the wardrobe when daddy shouts.",
    ),
    (
        "financial_abuse",
        "Her gran gives her £5 for the bus fare.",
        "He gives her £5 back for bus fare.",
    ),
    (
        "self_neglect",
        "He doesn't do the washing up on Sundays.",
        "He says he doesn't do doctors.",
    ),
    (
        "self_neglect",
        "The banana has gone black.",
        "The wound on his foot has gone black.",
    ),
    (
        "modern_slavery",
        "His boss makes him take the van to the garage.",
        "His flatmate makes him carry parcels to addresses in other towns.",
    ),
    (
        "child_sexual_exploitation",
        "Her dad has just taken her into the tent.",
        "She was carried into a man's tent by two men.",
    ),
    (
        "child_criminal_exploitation",
        "He works at a different town's library each week.",
        "He asks me to pick him up at a different town's station each week.",
    ),
    (
        "child_criminal_exploitation",
        "His boss will sort out the rota if he's late.",
        "His boss will sort him out if he's late.",
    ),
    (
        "child_criminal_exploitation",
        "If he misses the drop off at school, his mum takes him.",
        "He's scared of what happens if he misses a drop.",
    ),
    (
        "financial_abuse",
        "She keeps her building society books in the drawer.",
        "Her son wants her building society books.",
    ),
    (
        "financial_abuse",
        "He asked me to drill a hole for her shelf.",
        "He asked me to drill open her safe.",
    ),
    (
        "financial_abuse",
        "He asked me to change the locks after he moved into the flat.",
        "He asked me to change the locks on his mum's house while she's in hospital.",
    ),
    (
        "self_harm",
        "She pulled out her hairbrush and did her plait.",
        "She pulls out her hair when she's anxious.",
    ),
    (
        "self_harm",
        "She bit into her own sandwich.",
        "There were bite marks on her own hands.",
    ),
    (
        "self_harm",
        "The music calms the panic in the room.",
        "Pulling her hair calms the panic.",
    ),
    (
        "forced_marriage",
        "It was a lovely wedding; she heard about it from her cousin.",
        "She's to fly out for a wedding she only heard about last week.",
    ),
    (
        "child_sexual_exploitation",
        "He dragged the sofa into the back bedroom and locked the door.",
        "He dragged a girl into the back bedroom and locked it.",
    ),
    (
        "child_criminal_exploitation",
        "There's a house plant under the lamp in the living room.",
        "The rooms were full of plants under lamps.",
    ),
    (
        "forced_marriage",
        "She is saving up for her own wedding next year.",
        "Her friends were told it was a family wedding; it was her own wedding.",
    ),
    (
        "forced_marriage",
        "We're taking him to India for his cousin's wedding.",
        "They're taking her to Pakistan for her wedding.",
    ),
    (
        "child_criminal_exploitation",
        "He helps on his uncle's farm until the harvest is in.",
        "He isn't allowed to leave until the crop's done.",
    ),
    (
        "modern_slavery",
        "The nurses work in shifts on two wards.",
        "Eight men sleep in shifts on two mattresses.",
    ),
    (
        "modern_slavery",
        "The boss looks after the till on Saturdays.",
        "The boss looks after their bank cards.",
    ),
    (
        "modern_slavery",
        "They talked to him about the journey here.",
        "They owe him for the journey here.",
    ),
    (
        "cuckooing",
        "Lads from out of town come for the football.",
        "A lad from out of town is running the flat.",
    ),
    (
        "cuckooing",
        "She keeps the curtains open all day.",
        "He's been told to keep the curtains shut.",
    ),
    (
        "cuckooing",
        "There were kitchen scales and a pile of flour on the table.",
        "There were scales and a pile of phones on his table.",
    ),
    (
        "child_sexual_exploitation",
        "The nurses visit her room at night.",
        "Men visit her room in the evenings.",
    ),
    (
        "domestic_abuse",
        "He'll burn the toast if he isn't careful.",
        "He says he'll burn the place down with her in it.",
    ),
    (
        "domestic_abuse",
        "Her ex picks the kids up on Saturdays.",
        "Her ex keeps letting himself in.",
    ),
    (
        "anti_social_behaviour",
        "Lads on bikes ride to school every day.",
        "Lads on bikes ride into the shop and grab cans.",
    ),
    (
        "anti_social_behaviour",
        "He kicked the ball through the window by accident.",
        "They kicked in the door panel twice.",
    ),
    (
        "neglect",
        "A toddler was playing in the garden with his mum.",
        "A toddler is sitting in the road on his own.",
    ),
    (
        "missing_person",
        "A frail man answered the door to the nurse.",
        "A frail man in a dressing gown is out in the street.",
    ),
    (
        "domestic_abuse",
        "She cut up the old bank card when the new one came.",
        "He cut up her bank card and her best clothes.",
    ),
    (
        "domestic_abuse",
        "She makes the kids sleep in the garden tent for a treat.",
        "He makes her sleep on the kitchen floor.",
    ),
    (
        "online_abuse",
        "They were passing round a phone with a funny video.",
        "They were passing round a phone with a topless photo of a girl.",
    ),
    (
        "online_abuse",
        "The video of the school play is going round everyone.",
        "A topless photo of her is going round everyone.",
    ),
    (
        "missing_person",
        "Staff were ringing round for volunteers for three days.",
        "Staff have been ringing round for her for three days.",
    ),
    (
        "modern_slavery",
        "His nephew lives with him, does his shopping and shows him every receipt.",
        "He sleeps in the back of the shop.",
    ),
    (
        "sexual_abuse",
        "The teacher followed the class into the hall.",
        "A man followed a boy into the toilets twice.",
    ),
    (
        "forced_marriage",
        "She's met her groom's parents twice.",
        "She's met her groom twice.",
    ),
    (
        "forced_marriage",
        "She can't say no to cake.",
        "She can't say no or they'll disown her.",
    ),
    (
        "child_criminal_exploitation",
        "They collect their rucksacks from the lockers.",
        "Boys collect rucksacks from a storage unit.",
    ),
    (
        "hate_crime",
        "They wrote notes about their religion project.",
        "They wrote slurs about their religion on his car.",
    ),
    (
        "child_sexual_exploitation",
        "They booked one hotel room for the family.",
        "He booked one hotel room for them both.",
    ),
    (
        "fgm",
        "It takes twenty minutes to walk to school.",
        "She takes twenty minutes to pass water.",
    ),
    (
        "emotional_abuse",
        "The house is not fit for sale yet.",
        "He's not fit to be seen, so he sits on the stairs.",
    ),
    (
        "scam_fraud",
        "She read about a curse in a fairy tale.",
        "A psychic says a curse will kill her grandson unless she pays.",
    ),
    (
        "scam_fraud",
        "The psychic at the fair gave her a free reading.",
        "She rings a psychic premium line.",
    ),
    (
        "anti_social_behaviour",
        "He kicked the ball at the wall.",
        "They kick the glass panels out of the bus shelter.",
    ),
    (
        "neglect",
        "The nappy bin was full and leaking.",
        "His nappy was so full it was leaking.",
    ),
    (
        "scam_fraud",
        "Every child at the tombola is guaranteed a prize.",
        "She was sent a guaranteed prize notice.",
    ),
    (
        "scam_fraud",
        "He rang the number on the leaflet at nine.",
        "He rings a line at £1.50 a minute for hours.",
    ),
    (
        "fgm",
        "The hedge cutter came back from the repair shop.",
        "A cutter is flying over to do the girls.",
    ),
    (
        "self_harm",
        "She had a skipping rope in her bag.",
        "She had a rope in her bag.",
    ),
    (
        "self_harm",
        "She wants to lie down after lunch.",
        "She just wants to lie next to him now.",
    ),
    (
        "radicalisation",
        "He says incels are a joke.",
        "He says incels should rise up.",
    ),
    (
        "radicalisation",
        "He calls the other team the enemy.",
        "He calls women the enemy.",
    ),
    (
        "honour_based_abuse",
        "She has friends from outside school.",
        "She isn't allowed a boyfriend from outside the community.",
    ),
    (
        "honour_based_abuse",
        "He'll deal with the bins.",
        "He'll deal with her when she gets home.",
    ),
    (
        "domestic_abuse",
        "Her husband takes her to bingo.",
        "Her husband takes her bingo winnings.",
    ),
    (
        "financial_abuse",
        "He takes the food parcels to the van.",
        "His mates take all his food parcels.",
    ),
    (
        "neglect",
        "Her son, who cares for her, says she is doing well.",
        "Her son, who cares for her, says she can manage.",
    ),
    (
        "domestic_abuse",
        "He kept her phone safe while she swam.",
        "He kept her phone all day.",
    ),
    (
        "domestic_abuse",
        "She's not let out of work early.",
        "She's not let out without him.",
    ),
    (
        "radicalisation",
        "The group is banned from the shopping centre.",
        "He wears the badge of a group that is banned.",
    ),
    (
        "radicalisation",
        "They want to clean the beach up.",
        "They'll clean this country up.",
    ),
    (
        "neglect",
        "She left the buggy outside the cafe.",
        "The baby was left strapped in her buggy in the car park.",
    ),
    (
        "financial_abuse",
        "He asked whether the rain would cancel the wedding.",
        "He asked whether marrying her would cancel her will.",
    ),
    (
        "financial_abuse",
        "He asked who would get the last slice.",
        "He asked who would get her house.",
    ),
    (
        "scam_fraud",
        "She paid the deposit to the venue's bank.",
        "She paid the deposit to an account on Instagram.",
    ),
    (
        "scam_fraud",
        "The slideshow used our photos.",
        "The page was using our photos.",
    ),
    (
        "honour_based_abuse",
        "Her brother took photos of the cake.",
        "Her brother took photos of them for dad.",
    ),
    (
        "online_abuse",
        "They posted a picture of a pig at the farm.",
        "They posted her picture with a pig's snout drawn on.",
    ),
    (
        "online_abuse",
        "He writes under his own name.",
        "They write 'oink' under everything she posts.",
    ),
    (
        "burglary_risk",
        "She asked the times of the bus services.",
        "A man asked the times of the funerals this week.",
    ),
    (
        "burglary_risk",
        "He asked which road the venue is on.",
        "He asked which streets the families live on.",
    ),
    (
        "modern_slavery",
        "We never booked them; they'd paid a deposit.",
        "He has never been paid for the work.",
    ),
    (
        "fgm",
        "The padlock on the gate was cut last night.",
        "She was cut when she was seven.",
    ),
    (
        "burglary_risk",
        "He asked if we had any spare chairs.",
        "Men in a van asked if we had any scrap.",
    ),
    (
        "burglary_risk",
        "The van had new number plates.",
        "A van with no number plates drove up the track.",
    ),
    (
        "burglary_risk",
        "The barn was cleaned last night.",
        "The barn was forced last night.",
    ),
    (
        "child_sexual_exploitation",
        "She's turning up with a new haircut.",
        "She's turning up with a new phone and vapes.",
    ),
    (
        "child_sexual_exploitation",
        "She dances with a different lad every week.",
        "She comes with a different farmhand in their twenties.",
    ),
    (
        "child_sexual_exploitation",
        "They leave in their coats.",
        "She leaves with the farmhands in their pickups.",
    ),
    (
        "self_neglect",
        "His work boots are stiff with mud.",
        "His clothes are stiff with dirt.",
    ),
    (
        "self_neglect",
        "There's a hole in the roof of the barn.",
        "There's a hole in the roof over his bed.",
    ),
    (
        "self_neglect",
        "He drinks water from a bottle.",
        "He drinks from the animals' trough.",
    ),
    (
        "cuckooing",
        "A young man and his friends have moved to Leeds.",
        "Some lads and their mates have moved in.",
    ),
    (
        "cuckooing",
        "He goes out so they can do their homework.",
        "He goes out so they can do their business.",
    ),
    (
        "cuckooing",
        "The curtains are always open.",
        "The curtains are always shut.",
    ),
    (
        "missing_person",
        "He ran off down the road to play.",
        "He ran off from his foster carers.",
    ),
    (
        "neglect",
        "Nobody's looking, so he took a second biscuit.",
        "Nobody is looking after him.",
    ),
    (
        "domestic_abuse",
        "He's shouting that he'll kill for a cup of tea.",
        "He's shouting that he'll kill her.",
    ),
    (
        "neglect",
        "They got home after midnight from the wedding.",
        "Two children were on the bus after midnight in pyjamas.",
    ),
    (
        "neglect",
        "The lads never wash anything up.",
        "She is never washed.",
    ),
    (
        "self_neglect",
        "He has not changed jobs in years.",
        "He has not changed his clothes in weeks.",
    ),
    (
        "financial_abuse",
        "She booked a table for her family on her card.",
        "She booked tickets for her family on his card.",
    ),
    (
        "fgm",
        "She can't walk far since her hip operation.",
        "The girl can't walk properly since the weekend.",
    ),
    (
        "honour_based_abuse",
        "Her brothers check her homework.",
        "Her brothers track her phone.",
    ),
    (
        "honour_based_abuse",
        "If they find out, she'll be thrilled.",
        "If they find out, she'll be finished.",
    ),
    (
        "cuckooing",
        "I drive young men to the football ground.",
        "I drive young men to an old lady's bungalow.",
    ),
    (
        "cuckooing",
        "One of them told her a joke.",
        "One of them told her to get back to bed.",
    ),
    (
        "online_abuse",
        "He was posting photos as usual.",
        "Someone is posting messages as him.",
    ),
    (
        "online_abuse",
        "He logged into his account.",
        "Someone hacked his account.",
    ),
    (
        "financial_abuse",
        "The solicitor did all the talking.",
        "Her new friend did all the talking.",
    ),
    (
        "financial_abuse",
        "She brought her mother to the hairdresser.",
        "She brought her mother in to leave everything to her.",
    ),
    (
        "emotional_abuse",
        "There's a lock on the outside of the shed.",
        "There's a padlock on the outside of her bedroom door.",
    ),
    (
        "honour_based_abuse",
        "They cheered her when she was seen on TV.",
        "They beat her when she was seen with a boy.",
    ),
    (
        "honour_based_abuse",
        "Her family took the train.",
        "Her family took her wages.",
    ),
    (
        "burglary_risk",
        "The shelves are empty now.",
        "He asked if the homes of people who just died are empty now.",
    ),
    (
        "self_harm",
        "He's driving into the city with his kids.",
        "He's driving into the quarry with his kids.",
    ),
    (
        "domestic_abuse",
        "He's driving into the city with his kids.",
        "He's driving into the quarry with his kids.",
    ),
    (
        "missing_person",
        "She left her children's toys at home.",
        "She left her children's home last week.",
    ),
    (
        "physical_abuse",
        "She didn't know what month it was.",
        "She couldn't say what happened to her arm.",
    ),
    (
        "drug_dealing",
        "At the currency exchange, a man was changing money.",
        "Lads were swapping bags for cash.",
    ),
    (
        "self_harm",
        "He's given away his old bike.",
        "He's given away all his tools.",
    ),
    (
        "sexual_abuse",
        "A girl of 12 was posing for her school photo.",
        "A man took photos of a girl of 12 posing in her underwear.",
    ),
    (
        "scam_fraud",
        "A courier is coming to collect the parcel tomorrow.",
        "A man from the bank is coming to collect his bank cards for safe keeping.",
    ),
    (
        "domestic_abuse",
        "Her ex found out where the party was.",
        "Her ex has found out where she works now.",
    ),
    (
        "domestic_abuse",
        "The court order was about the boundary fence.",
        "She has a court order against him.",
    ),
    (
        "domestic_abuse",
        "He set the bonfire alight at the party.",
        "He says he'll set her flat alight.",
    ),
    (
        "child_criminal_exploitation",
        "He'd owe nothing if he paid on time.",
        "He'd owe double if he was late.",
    ),
    (
        "online_abuse",
        "The teacher demands more homework from the class.",
        "He demands more pictures from her.",
    ),
    (
        "online_abuse",
        "He'll send the rest to her gran.",
        "He'll send the rest to her friends.",
    ),
    (
        "neglect",
        "The seat of the bike was wet after the rain.",
        "The seat of her chair was soaked through.",
    ),
    (
        "neglect",
        "He had sores on his feet from his new shoes.",
        "She had sores on the backs of her legs.",
    ),
    (
        "neglect",
        "The kids can stay there till the rain stops.",
        "Her son said she can stay put till I'm back.",
    ),
    (
        "burglary_risk",
        "He asked which of our clients are happy with the work.",
        "He asked which of our clients are away over Christmas.",
    ),
    (
        "modern_slavery",
        "We boarded up the windows after the storm.",
        "There was foil over the windows.",
    ),
    (
        "domestic_abuse",
        "He showed her how to check her balance on her phone.",
        "He checks her phone every night.",
    ),
    (
        "modern_slavery",
        "He said his nephew does his shopping.",
        "He says he's her cousin.",
    ),
    (
        "online_abuse",
        "He was sent hundreds of birthday cards.",
        "He was sent hundreds of messages calling him names.",
    ),
    (
        "physical_abuse",
        "The support worker drove a man to the match.",
        "The support worker dragged a man across the floor.",
    ),
    (
        "physical_abuse",
        "She shook the rug hard by the back door.",
        "He shook her hard by the arms.",
    ),
    (
        "physical_abuse",
        "She threw the bags into the car boot.",
        "He threw her into the car seat.",
    ),
    (
        "physical_abuse",
        "He pulled the dog by its collar.",
        "He dragged him by his collar.",
    ),
    (
        "physical_abuse",
        "He was swinging the bat at the ball.",
        "He was swinging a machete at his head.",
    ),
    (
        "neglect",
        "He took the battery out of the clock.",
        "His son took the backup battery for his own phone.",
    ),
    (
        "neglect",
        "They sat in the dark watching a film.",
        "He was sitting in the dark in his coat.",
    ),
    (
        "neglect",
        "They lit the barbecue in the garden.",
        "She has a barbecue burning indoors.",
    ),
    (
        "child_sexual_exploitation",
        "She came with a man of about 40 she called her uncle.",
        "She came with a man of about 40 she called her boyfriend.",
    ),
    (
        "cuckooing",
        "The nurses say they look after him well.",
        "Three lads say they look after him.",
    ),
    (
        "fgm",
        "She walks to school with her friends.",
        "She walks stiffly with her legs apart.",
    ),
    (
        "fgm",
        "She's healing from a broken arm.",
        "She's healing from being made clean.",
    ),
    (
        "emotional_abuse",
        "She calls her 6 year old son a little star.",
        "She calls her 6 year old son a fat pig.",
    ),
    (
        "sexual_abuse",
        "She says he touched her arm to get her attention.",
        "She says he touched her.",
    ),
    (
        "sexual_abuse",
        "He got into the bed of the truck.",
        "He got onto the camp bed of a woman.",
    ),
    (
        "domestic_abuse",
        "He held his breath under the water.",
        "He held his girlfriend under the water.",
    ),
    (
        "self_harm",
        "He tied the rope to the boat.",
        "He tied his belt to the pipe.",
    ),
    (
        "self_harm",
        "This is the end of the road.",
        "He says this is the end.",
    ),
    (
        "self_harm",
        "She wrote a letter to each of the councillors.",
        "He wrote a letter to each of his friends.",
    ),
    (
        "self_harm",
        "The last things to pack are the plates.",
        "He saved a document called last things.",
    ),
    (
        "emotional_abuse",
        "She tells him that he's tall for his age.",
        "She texts her that she's fat and lazy.",
    ),
    (
        "emotional_abuse",
        "The vet weighs the dog every month.",
        "Her coach makes her weigh in every morning.",
    ),
    (
        "domestic_abuse",
        "She found a tracker in the parcel.",
        "She found a tracking tag taped under her seat.",
    ),
    (
        "domestic_abuse",
        "My cat turns up wherever there's food.",
        "Her ex turns up wherever she goes.",
    ),
    (
        "child_criminal_exploitation",
        "They drove from London to a seaside town for the day.",
        "Trips every night between a London estate and a seaside town.",
    ),
    (
        "missing_person",
        "The app shows the bus is two stops away.",
        "Her phone shows a motorway services at 2am.",
    ),
    (
        "missing_person",
        "She's at a sleepover with a friend we all know.",
        "She went to a sleepover with a friend nobody knows.",
    ),
    (
        "financial_abuse",
        "He linked his card to his own phone.",
        "She linked his card to her own phone.",
    ),
    (
        "financial_abuse",
        "She's been paying for her shopping with cash.",
        "He's been paying for her shopping without knowing.",
    ),
    (
        "domestic_abuse",
        "The app records her steps.",
        "He set it to record her calls.",
    ),
    (
        "domestic_abuse",
        "It tells him when the bus leaves.",
        "It tells him when she leaves the house.",
    ),
    (
        "child_sexual_exploitation",
        "These are the girls I give lessons to.",
        "These are the girls I give lifts to.",
    ),
    (
        "emotional_abuse",
        "The farmer's old cow had a calf.",
        "She called the resident a dirty old cow.",
    ),
    (
        "forced_marriage",
        "She'll marry the man she met at university.",
        "She must marry the man they've chosen.",
    ),
    (
        "self_harm",
        "We've taken them all to the park.",
        "I've taken them all, goodbye.",
    ),
    (
        "missing_person",
        "He pulled the trailer off the road.",
        "He pulled a girl off her bike.",
    ),
    (
        "burglary_risk",
        "He asked which streets have the best views.",
        "He asked which streets have the most older people.",
    ),
    (
        "burglary_risk",
        "He wouldn't say where he bought his van.",
        "He wouldn't say who he worked for.",
    ),
    (
        "domestic_abuse",
        "He knows where the kids' party is.",
        "He knows where the kids go to school.",
    ),
    (
        "domestic_abuse",
        "She gave evidence against the builder.",
        "She'll give evidence against her ex.",
    ),
    (
        "domestic_abuse",
        "The guard makes him sign the book.",
        "He makes her smuggle phones in.",
    ),
    (
        "domestic_abuse",
        "The car was done in by the floods.",
        "He'll have her done in by his mates.",
    ),
    (
        "domestic_abuse",
        "He was choking on his dinner.",
        "He was choking his girlfriend.",
    ),
    (
        "domestic_abuse",
        "He pulled a knife from the drawer.",
        "He pulled a knife on his ex-wife.",
    ),
    (
        "neglect",
        "Three children under 5 played with their mum.",
        "Three children under 5 were alone in the house.",
    ),
    (
        "child_criminal_exploitation",
        "The police found his bike.",
        "The drugs the police seized were the olders'.",
    ),
    (
        "child_criminal_exploitation",
        "He'd be safer in a car seat.",
        "He asked whether he'd be safer in custody.",
    ),
    (
        "financial_abuse",
        "The money goes to charity.",
        "The money goes to him to manage.",
    ),
    (
        "self_harm",
        "She's stockpiling tins for winter.",
        "He has a stockpile of his wife's tablets.",
    ),
    (
        "self_harm",
        "He'll finish it once the paint dries.",
        "He'll finish it once he's released.",
    ),
    (
        "physical_abuse",
        "Dad broke his arm skiing.",
        "He said, 'Dad broke my arm.'",
    ),
    (
        "honour_based_abuse",
        "Her brothers threatened to leave early.",
        "Her brothers threatened to throw acid at her.",
    ),
    (
        "fgm",
        "A girl of 8 had her initiation into the choir last week.",
        "A girl of 8 is going for her initiation with her grandmother.",
    ),
    (
        "hate_crime",
        "They were chanting at the football match.",
        "They were chanting at a Jewish man.",
    ),
    (
        "emotional_abuse",
        "Dad doesn't love the new car.",
        "He told her that her mum doesn't love her.",
    ),
    (
        "emotional_abuse",
        "The cat was put in a cattery.",
        "She'll be put in care unless she says it.",
    ),
    (
        "self_harm",
        "She was standing on the railing to paint it.",
        "He's standing on the railing, saying he'll jump.",
    ),
    (
        "scam_fraud",
        "Pay the fine today or it will double.",
        "Pay the fines today or you'll be arrested.",
    ),
    (
        "modern_slavery",
        "She smuggled things in for him.",
        "She was trafficked into the UK.",
    ),
    (
        "missing_person",
        "He's missing jury duty this week.",
        "He's been missing since Monday.",
    ),
    (
        "physical_abuse",
        "He was stamping on the cardboard boxes.",
        "He was stamping on his head.",
    ),
    (
        "physical_abuse",
        "They hold him down and then tickle him.",
        "They hold him down and burn him.",
    ),
    (
        "physical_abuse",
        "The bike was tied to the post.",
        "The boy was tied to the post.",
    ),
    (
        "self_harm",
        "He climbed the climbing wall.",
        "He is sitting on the jib of the crane.",
    ),
    (
        "self_harm",
        "He'll step off the bus at the bridge.",
        "He'll step off the scaffold one day.",
    ),
    (
        "financial_abuse",
        "Her new friend from church came for tea.",
        "Her new friend from bingo arranged it all.",
    ),
    (
        "burglary_risk",
        "He asked which of the houses has a blue door.",
        "He asked which of the houses are empty in the day.",
    ),
    (
        "emotional_abuse",
        "She was holding a sign saying happy birthday.",
        "He made her hold a sign saying I am a liar.",
    ),
    (
        "fgm",
        "She used the blade on the hedge.",
        "She'll use the blade on his baby daughter.",
    ),
    (
        "hate_crime",
        "He knocked his hat off.",
        "He knocked his turban off.",
    ),
    (
        "hate_crime",
        "They call him Bin for short.",
        "They keep calling him Bin Laden.",
    ),
    (
        "self_neglect",
        "The buckets are in the shed.",
        "There are buckets catching the rain in every room.",
    ),
    (
        "modern_slavery",
        "He paid back the loan by working overtime.",
        "They pay back their flights by working for him.",
    ),
    (
        "modern_slavery",
        "He works for a food bank.",
        "He works in the kitchen for food, not money.",
    ),
    (
        "scam_fraud",
        "Her son drove her to the bank to pay in a cheque.",
        "They drove her to the bank to get it out.",
    ),
    (
        "child_criminal_exploitation",
        "He runs errands for his mum.",
        "He keeps leaving to run errands in a car with older men.",
    ),
    (
        "domestic_abuse",
        "Her husband threw the bags down the stairs.",
        "Her husband threw her down the stairs.",
    ),
    (
        "self_harm",
        "He locked the walk-in freezer before going home.",
        "He has locked himself inside the walk-in freezer.",
    ),
    (
        "child_criminal_exploitation",
        "His mum waits in the car outside while he buys the chips.",
        "A man waiting in a car outside takes the change off him.",
    ),
    (
        "drug_dealing",
        "We keep bags of flour and sugar under the counter.",
        "I saw bags of white powder packed under the onions.",
    ),
    (
        "burglary_risk",
        "The bank asked whether she keeps her cards somewhere safe.",
        "He asked whether she keeps cash in the house.",
    ),
    (
        "burglary_risk",
        "His dad was shocked when he came out as gay.",
        "He asked which days she is out at her lunch club.",
    ),
    (
        "financial_abuse",
        "She keeps cash in the house for the window cleaner.",
        "Her son keeps her bank card and her pension.",
    ),
    (
        "hate_crime",
        "The children shouted 'virus!' in their game of tag.",
        "Teenagers come every Friday to shout 'virus' at my mum.",
    ),
    (
        "hate_crime",
        "Her manager left a note saying go home early if you feel ill.",
        "Someone pushed a note saying go home through their door.",
    ),
    (
        "neglect",
        "The chef told me to water down the soup because it was too salty.",
        "I've been told to water down the residents' soup.",
    ),
    (
        "neglect",
        "Each resident gets one vote at the meeting.",
        "Each resident gets one slice of bread for tea.",
    ),
    (
        "self_neglect",
        "She is not allowed to eat before her operation.",
        "She has stopped eating and drinking.",
    ),
    (
        "domestic_abuse",
        "Her partner weighs the flour every morning for the bakery.",
        "Her partner weighs her every morning.",
    ),
    (
        "child_sexual_exploitation",
        "She won't let me leave the table until I've eaten my peas.",
        "She whispered, 'They won't let me leave.'",
    ),
    (
        "child_sexual_exploitation",
        "A man pulled her back onto the pavement as the bus came.",
        "A man pulled her back inside and slammed the door.",
    ),
    (
        "modern_slavery",
        "They won't let me leave early on Fridays.",
        "She whispered, 'They won't let me leave.'",
    ),
    (
        "forced_marriage",
        "She whispered 'help me' when the spider ran across the floor.",
        "The bride cried throughout the ceremony.",
    ),
    (
        "financial_abuse",
        "He said the payments he made for the holiday all went through.",
        "There are dozens of payments he never made on his card.",
    ),
    (
        "child_sexual_exploitation",
        "The youth worker gives the kids free fruit after football.",
        "A man gives girls of about 13 free vapes.",
    ),
    (
        "child_sexual_exploitation",
        "Her dad drives them to the party at her cousin's.",
        "He drives them to parties in another town.",
    ),
    (
        "fgm",
        "She will need time to heal after her tonsils operation.",
        "After the summer in Somalia, she will need time to heal.",
    ),
    (
        "scam_fraud",
        "She paid the fee to join the gym.",
        "He must pay a courier insurance fee to release it.",
    ),
    (
        "anti_social_behaviour",
        "The toddler spat out his peas.",
        "Teenagers spat at my daughter when she asked them to stop.",
    ),
    (
        "online_abuse",
        "Her dad filmed her at sports day and put it on the family group chat.",
        "Someone filmed her eating and put it on a group chat.",
    ),
    (
        "online_abuse",
        "Her nan told her to eat up.",
        "Strangers message her telling her to starve herself.",
    ),
    (
        "sexual_abuse",
        "She showed me where he touches her arm to guide her.",
        "He makes her play a game where he touches her.",
    ),
    (
        "child_criminal_exploitation",
        "He delivers newspapers for the shop.",
        "He has to drop off parcels for him between orders.",
    ),
    (
        "physical_abuse",
        "The chef was holding his hand over the hob to check it was hot.",
        "He was pushing his face down towards the hot oil.",
    ),
    (
        "radicalisation",
        "We watched a video of the church choir.",
        "He showed the others a video of a mosque attack.",
    ),
    (
        "radicalisation",
        "The burnt steaks should all be sent back to the kitchen.",
        "He said they should all be sent back.",
    ),
    (
        "scam_fraud",
        "He checked the payments he made last month.",
        "There is a payment of £900 he didn't make.",
    ),
    (
        "hate_crime",
        "The scouts painted the garage doors for an older neighbour.",
        "Someone threw paint over their front door.",
    ),
    (
        "hate_crime",
        "The Jewish family painted their garage blue.",
        "'Jews out' was painted on their garage.",
    ),
    (
        "hate_crime",
        "Teenagers follow our colleague home from the bus stop because they live on his road.",
        "Teenagers follow our colleague with Down's syndrome home most nights.",
    ),
    (
        "financial_abuse",
        "His mate from work helped him carry the box back for a refund.",
        "His mate takes the refund and gives him a tenner.",
    ),
    (
        "burglary_risk",
        "She asked which houses on the estate have bought solar panels, for her survey of energy bills.",
        "Two men asked which houses on the estate have bought the expensive e-bikes.",
    ),
    (
        "emotional_abuse",
        "He said the film was too stupid to watch twice.",
        "'As if, you're too stupid to deserve anything,' he laughed.",
    ),
    (
        "neglect",
        "His glasses were taped together after he sat on them yesterday, and the optician is fixing them today.",
        "He has worn the same broken glasses for two years.",
    ),
    (
        "neglect",
        "The home won't let us bring the dog in.",
        "His carer says the home won't pay for new glasses.",
    ),
    (
        "honour_based_abuse",
        "Her uncles told her the car will be sorted out at the garage this weekend.",
        "Her uncles told her she'll be sorted out at the family's house this weekend.",
    ),
    (
        "child_criminal_exploitation",
        "He buys his perfume to order from a catalogue.",
        "He was caught taking perfume to order from a man's list.",
    ),
    (
        "domestic_abuse",
        "She counts the receipts for the shop's tax return.",
        "Her husband counts the receipts and she is in trouble if she spends over £20.",
    ),
    (
        "radicalisation",
        "He says the day is coming when he can retire.",
        "He said the day is coming for the people at the mosque.",
    ),
    (
        "drug_dealing",
        "She buys small bags of rice for the food bank.",
        "The cleaners keep finding small bags of pills in the trolley bay.",
    ),
    (
        "self_neglect",
        "He hasn't had the heating serviced this year.",
        "He hasn't had the heating on since his wife died.",
    ),
    (
        "sexual_abuse",
        "She was getting changed for swimming and then filmed the race for the club.",
        "He pulled back her curtain while she was undressed and then filmed her.",
    ),
    (
        "cuckooing",
        "He hasn't been upstairs since his hip operation, so his bed is in the lounge.",
        "He hasn't been upstairs in his own house for a month.",
    ),
    (
        "child_sexual_exploitation",
        "The car has followed the satnav all the way.",
        "Two men in a car have followed her from school.",
    ),
    (
        "self_harm",
        "She stopped her car at the crossing to let the children over.",
        "She has stopped her car on the level crossing.",
    ),
    (
        "drug_dealing",
        "Blocks of cheese wrapped in clingfilm were in the fridge.",
        "Blocks wrapped in clingfilm were taped under the pay machine.",
    ),
    (
        "child_criminal_exploitation",
        "He chose a different bank each time he moved house.",
        "He pays for lunch with a different bank card each day.",
    ),
    (
        "child_criminal_exploitation",
        "His grandparents collect him from school on Fridays.",
        "Men in a Mercedes collect him at dinner time.",
    ),
    (
        "child_criminal_exploitation",
        "The plates in the new dinner set don't match.",
        "The cars he brings in have plates that don't match.",
    ),
    (
        "forced_marriage",
        "She only found out that morning it was her own fault.",
        "She only found out that morning that it was her own.",
    ),
    (
        "burglary_risk",
        "She asked which driveways the bin lorry can reach.",
        "He was writing down which driveways are empty in the day.",
    ),
    (
        "burglary_risk",
        "She asked which houses have new windows, to quote for cleaning.",
        "He was noting which houses have the new Range Rovers.",
    ),
    (
        "emotional_abuse",
        "Her dad made her stand by the door with her coat on, ready to go.",
        "Her dad made her stand by the bins in the rain for an hour.",
    ),
    (
        "emotional_abuse",
        "He'd rather have the car than the van.",
        "He shouted that he'd rather have the car than him.",
    ),
    (
        "neglect",
        "Staff take the residents on the bus to the seaside.",
        "I'm told to leave residents on the bus for an hour while staff have lunch.",
    ),
    (
        "self_harm",
        "She has burns on her arm from the oven.",
        "She has been burning her arms.",
    ),
    (
        "child_criminal_exploitation",
        "He paid for the bike with a bundle of birthday vouchers.",
        "He pays from a bundle of cash.",
    ),
    (
        "cuckooing",
        "He won't go to the council for help.",
        "His friends won't go, and he says they've taken over.",
    ),
    (
        "financial_abuse",
        "He asked the salesman for the finance terms in writing.",
        "His son-in-law had him sign finance for a car.",
    ),
    (
        "child_sexual_exploitation",
        "He drives a different van each week for work.",
        "There is another young girl in the front seat every visit.",
    ),
    (
        "radicalisation",
        "The marshal waved a black flag at the driver.",
        "His phone screen is a man with a rifle in front of a black flag.",
    ),
    (
        "modern_slavery",
        "None of them knew what time the match started.",
        "None of them knew what country they were in.",
    ),
    (
        "modern_slavery",
        "The driver took all their bags to the hotel.",
        "The driver took all their phones when I arrived.",
    ),
    (
        "missing_person",
        "I didn't know where she was going on holiday.",
        "She arrived at 4am not knowing where she was.",
    ),
    (
        "online_abuse",
        "He sends her photos of his car's engine.",
        "He sends her pictures that are really of himself.",
    ),
    (
        "domestic_abuse",
        "Her boyfriend wouldn't let the dog out in the rain.",
        "Her boyfriend wouldn't let her out of the car.",
    ),
    (
        "neglect",
        "The coach driver was slumped over the wheel laughing at the joke.",
        "His dad is slumped asleep at the wheel.",
    ),
    (
        "child_sexual_exploitation",
        "The boxes have been loaded onto the lorry.",
        "Two girls have been pushed into the back of a van by a man.",
    ),
    (
        "anti_social_behaviour",
        "The broken-down car had the seats full of camping gear.",
        "They broke the seats at the bus stop.",
    ),
    (
        "self_neglect",
        "The van was piled to the roof with bags of compost for the allotment.",
        "The car seats are piled to the roof with rotting food.",
    ),
    (
        "self_harm",
        "She did the washing up with a new sponge.",
        "She has burns which she says she did with a lighter.",
    ),
    (
        "domestic_abuse",
        "Her sick notes start after the operation next week.",
        "Her sick notes always start on the Monday after her husband's weekend off.",
    ),
    (
        "domestic_abuse",
        "She updated her emergency contact after she moved house.",
        "She changed her emergency contact to her sister, just in case.",
    ),
    (
        "modern_slavery",
        "All twelve workers' wages go into their own bank accounts.",
        "The workers' wages all go into one bank account, the supervisor's.",
    ),
    (
        "financial_abuse",
        "She signed a tenancy for a flat near her daughter.",
        "She signed a tenancy for a flat the friend will live in.",
    ),
    (
        "financial_abuse",
        "He asked us to pay his own lump sum into his savings account.",
        "He asked us to pay his mother's lump sum into his own account.",
    ),
    (
        "self_harm",
        "There was a tide mark on her neck from the scarf.",
        "There was a ligature mark on her neck.",
    ),
    (
        "child_sexual_exploitation",
        "He bought her a drink of squash after the match.",
        "He bought her drinks all night.",
    ),
    (
        "child_sexual_exploitation",
        "She left with her mum in a taxi.",
        "She left with him in a taxi.",
    ),
    (
        "burglary_risk",
        "She asked which of us would like tea.",
        "He asked which of us work from home on Fridays.",
    ),
    (
        "burglary_risk",
        "He asked whether we leave early on Fridays.",
        "He asked whether we leave our laptops in our cars.",
    ),
    (
        "physical_abuse",
        "He shut it in the drawer so the cat couldn't get it.",
        "His mum's boyfriend shut it in the door for being slow.",
    ),
    (
        "physical_abuse",
        "She is strapped in her high chair for lunch.",
        "He was tied to the chair.",
    ),
    (
        "hate_crime",
        "She has written her name on her mug.",
        "Someone has written 'terrorist' on her mug.",
    ),
    (
        "hate_crime",
        "He left sausages on the barbecue.",
        "Someone keeps leaving bacon on our Muslim colleague's desk.",
    ),
    (
        "neglect",
        "I log the visits as they happen.",
        "I'm told to log the visits as done when the carers stay five minutes.",
    ),
    (
        "neglect",
        "She wore the same dress as the night before.",
        "She was found in the same pad as the night before.",
    ),
    (
        "domestic_abuse",
        "She pays for parking at the hospital.",
        "He shouted that today she pays for leaving him.",
    ),
    (
        "fgm",
        "They're too old to remember the old house.",
        "Before they're too old to remember the pain.",
    ),
    (
        "honour_based_abuse",
        "If she's seen with a man from the bank, the loan will be sorted.",
        "If she's seen with a man again, it will be dealt with.",
    ),
    (
        "radicalisation",
        "His email address was his name and birthday.",
        "His email address was a neo-Nazi slogan.",
    ),
    (
        "radicalisation",
        "He wants to usher at the church because he knows everyone.",
        "He wants a job at the synagogue because it's good to know where everyone sits.",
    ),
    (
        "neglect",
        "She was strapped in her high chair for lunch.",
        "A toddler strapped in a high chair in an empty room, crying.",
    ),
    (
        "physical_abuse",
        "She plumped the pillow behind her head.",
        "He is pressing a pillow over the old man's face.",
    ),
    (
        "domestic_abuse",
        "He showed me a video of a burning mosque on his phone.",
        "He burned her passport and her phone.",
    ),
    (
        "radicalisation",
        "He showed us a video of the church choir on his phone.",
        "He showed us a video of a burning mosque on his phone.",
    ),
    (
        "radicalisation",
        "Your lot are on the late shift next week.",
        "He told the Somali nurse your lot are next.",
    ),
    (
        "emotional_abuse",
        "She said the hospital food is disgusting.",
        "He told his 7 year old daughter that she's disgusting.",
    ),
    (
        "emotional_abuse",
        "The sheets were wet from the rain.",
        "He made her sit in the wet sheets.",
    ),
    (
        "hate_crime",
        "He scratched a word into the desk with his pen.",
        "He scratched a racist word into her car.",
    ),
    (
        "hate_crime",
        "He refused to let the nurse take his blood until he'd eaten.",
        "He refused to let our Black nurse touch his father.",
    ),
    (
        "domestic_abuse",
        "His wife gets angry about the parking at the hospital.",
        "His wife gets angry since her stroke and hits him with her stick.",
    ),
    (
        "missing_person",
        "The nurse carried a crying girl back to her bed.",
        "A man carried a crying girl off the ward.",
    ),
    (
        "self_harm",
        "She did her hair with the scissors.",
        "She has burns which she says she did with a lighter.",
    ),
    (
        "emotional_abuse",
        "He said he found the food disgusting.",
        "He told his 7 year old daughter that she's disgusting.",
    ),
    (
        "child_criminal_exploitation",
        "He gets new cards every week for his collection.",
        "He pays for lunch with a different bank card each day.",
    ),
    (
        "financial_abuse",
        "She keeps the money in a tin for the milkman.",
        "Her son keeps her bank card and her pension.",
    ),
    (
        "self_harm",
        "He asked me to tell his mum he's running late.",
        "He wants me to tell his mum he's sorry.",
    ),
    (
        "self_harm",
        "He won't need a coat this afternoon, it's warm.",
        "He told me he won't need a coat this winter.",
    ),
    (
        "self_harm",
        "He has given his medals to the regimental museum.",
        "He has given his medals to his grandson and his dog to a neighbour.",
    ),
    (
        "self_harm",
        "He walked into the sea for a swim with his friends.",
        "He's walking into the sea in his uniform.",
    ),
    (
        "fgm",
        "Her mum made her clean her room before the party.",
        "An aunty made her clean at a big party in her honour.",
    ),
    (
        "fgm",
        "She winced when she sat on the cold bench at the bus stop.",
        "Back from leave abroad, she winced every time she sat down.",
    ),
    (
        "neglect",
        "He hasn't been brought a newspaper for weeks.",
        "He hasn't been brought downstairs for months.",
    ),
    (
        "neglect",
        "He uses a bucket to wash the car on Sundays.",
        "Upstairs in his son's house, he uses a bucket.",
    ),
    (
        "neglect",
        "His bike is in the shed.",
        "His wheelchair is in the shed.",
    ),
    (
        "neglect",
        "The children were playing on the climbing frame in the park.",
        "A girl of about 4 is wandering in her nightie along the edge of the firing range.",
    ),
    (
        "child_sexual_exploitation",
        "The corporal invited her to the passing-out parade with her family.",
        "A corporal invited her to his room after lights out.",
    ),
    (
        "financial_abuse",
        "He and his wife put both their names on the deeds when they bought the house.",
        "The carer got him to put her name on the deeds of his bungalow.",
    ),
    (
        "financial_abuse",
        "She's been booking holidays at the travel agent's for years.",
        "She's been booking holidays on his credit card.",
    ),
    (
        "hate_crime",
        "Everyone calls her the cake lady because she bakes for the fete.",
        "Neighbours call her the curry woman in the street.",
    ),
    (
        "domestic_abuse",
        "He held the picture against the wall while she found the nail.",
        "He held her against the wall by her neck.",
    ),
    (
        "cuckooing",
        "Our neighbours are minding the house while we're away.",
        "Lads from the city are minding his flat.",
    ),
    (
        "radicalisation",
        "The film is about traitors in the court of a medieval king.",
        "He was shouting that the traitors will pay.",
    ),
    (
        "self_harm",
        "She's giving away free books at the library.",
        "She has been giving away her books and plants.",
    ),
    (
        "self_harm",
        "He locked the chemical store before going home.",
        "He has locked himself in the chemical store.",
    ),
    (
        "self_harm",
        "They've hidden his medication.",
        "She's been hiding her tablets in her drawer.",
    ),
    (
        "online_abuse",
        "Please write your home address on the form.",
        "There is a forum page with her home address and photos of her car.",
    ),
    (
        "online_abuse",
        "She set up a website about her bakery.",
        "He set up a website about one of our lecturers.",
    ),
    (
        "online_abuse",
        "After all her work she got what she deserved, a first.",
        "He posts comments about what she deserves.",
    ),
    (
        "domestic_abuse",
        "Her partner has forgotten his own password again.",
        "His boyfriend has all his passwords.",
    ),
    (
        "domestic_abuse",
        "Her mum makes her share her location when she goes out.",
        "Her boyfriend makes her share her location.",
    ),
    (
        "domestic_abuse",
        "His wife held the ladder against the wall.",
        "He has his girlfriend pinned against his car.",
    ),
    (
        "domestic_abuse",
        "He missed her birthday call.",
        "There's a hole in the door where he missed her.",
    ),
    (
        "neglect",
        "They ride round the park on their bikes with their dad every evening.",
        "Two children of 6 and 8 ride round on their own every evening until ten.",
    ),
    (
        "child_criminal_exploitation",
        "His wages go into his bank account every Friday.",
        "A man pays him to let money pass through his student account.",
    ),
    (
        "scam_fraud",
        "His pension goes into his bank account.",
        "He lets money pass through his student account for a man he met online.",
    ),
    (
        "scam_fraud",
        "The rooms don't have a sea view.",
        "The rooms don't exist.",
    ),
    (
        "drug_dealing",
        "She buys toilet roll in bulk.",
        "He buys ketamine in bulk and sells it on.",
    ),
    (
        "self_neglect",
        "He refuses to get the car seen to.",
        "He has a wound on his foot he refuses to get seen.",
    ),
    (
        "hate_crime",
        "They keep filming their flatmate's cooking for TikTok.",
        "They keep filming their flatmate, who has Tourette's.",
    ),
    (
        "hate_crime",
        "He showed us how to do his tie.",
        "They shout at him to do his tics.",
    ),
    (
        "hate_crime",
        "Three men are kicking a football with a student.",
        "Three men are kicking a Muslim student on the ground.",
    ),
    (
        "missing_person",
        "His bed hasn't been made.",
        "His bed hasn't been slept in.",
    ),
    (
        "child_sexual_exploitation",
        "Her dad sent a taxi to bring her home.",
        "A man from an app sent a taxi for her.",
    ),
    (
        "forced_marriage",
        "The wedding venue is already paid for.",
        "Her wedding in Pakistan is already paid for.",
    ),
    (
        "forced_marriage",
        "She mustn't come back late from the party.",
        "She mustn't come back after the wedding.",
    ),
    (
        "anti_social_behaviour",
        "They set off fireworks in the park on bonfire night.",
        "They set off fireworks in the halls corridors.",
    ),
    (
        "anti_social_behaviour",
        "He broke the glass on the photo frame.",
        "They keep smashing the glass on the fire alarms.",
    ),
    (
        "cuckooing",
        "Her friend has three other children.",
        "A friend he let stay now has three others coming and going.",
    ),
    (
        "financial_abuse",
        "He has his girlfriend pinned against the car.",
        "He has her bank card and her PIN.",
    ),
    (
        "burglary_risk",
        "The insurance man checked that nobody had been hurt.",
        "Three older residents were burgled.",
    ),
    (
        "burglary_risk",
        "The fire service came to fit her smoke alarms.",
        "A man said he was checking their smoke alarms for the council.",
    ),
    (
        "physical_abuse",
        "The nurse gave her something to help her sleep.",
        "Her husband says he gave her something to help her sleep.",
    ),
    (
        "radicalisation",
        "The old windows are being replaced next week.",
        "An online group tells him his town is being replaced.",
    ),
    (
        "child_sexual_exploitation",
        "Her mum expects her to do favours for the neighbours.",
        "Older boys expect her to do favours for their friends.",
    ),
    (
        "cuckooing",
        "He sleeps on the balcony on hot nights.",
        "He is sleeping on the balcony while his 'friends' stay in the flat.",
    ),
    (
        "cuckooing",
        "He says he owes them a favour for the lift.",
        "Friends are staying and he says he 'owes them' but can't say how much.",
    ),
    (
        "missing_person",
        "The keys could not be found until Tuesday.",
        "He went out in the night and could not be found by morning.",
    ),
    (
        "honour_based_abuse",
        "Her brothers teased her after seeing her with a new haircut.",
        "Her brothers had beaten her after seeing her with a male friend.",
    ),
    (
        "neglect",
        "The delivery was signed for by a neighbour.",
        "His medication was signed as given on days he was away.",
    ),
    (
        "neglect",
        "She recovered at home without any fuss.",
        "Staff recorded fourteen seizures without seeking medical advice.",
    ),
    (
        "domestic_abuse",
        "She locks the bathroom door when she has a bath.",
        "She locks herself in the bathroom when her son has been drinking.",
    ),
    (
        "domestic_abuse",
        "Her ex has got into a new band.",
        "Her ex-partner has got into the flat.",
    ),
    (
        "emotional_abuse",
        "He was left out of the football team this week.",
        "She is left out of family holidays.",
    ),
    (
        "emotional_abuse",
        "She dressed differently for the party.",
        "She is dressed differently from her brothers and sisters.",
    ),
    (
        "domestic_abuse",
        "She gives her whole wage some thought before spending it.",
        "She sends her whole wage each month to her husband's family.",
    ),
    (
        "domestic_abuse",
        "His wife keeps the medicine cabinet tidy.",
        "His wife kept his bank card and his medication.",
    ),
    (
        "hate_crime",
        "They had a pig roast on the drive for the street party.",
        "A pig's head was left on their drive.",
    ),
    (
        "cuckooing",
        "She was sitting on the stairs outside her flat with a coffee.",
        "She is sitting on the stairs outside her own flat at night.",
    ),
    (
        "honour_based_abuse",
        "They moved her from the ward to a side room.",
        "Her family moved her from a refuge.",
    ),
    (
        "radicalisation",
        "She was recruited from overseas as a nurse.",
        "He was recruited by a far-right group online.",
    ),
    (
        "modern_slavery",
        "She is saving for a training course from her wages.",
        "An £8,000 training bond is taken from her wages.",
    ),
    (
        "modern_slavery",
        "Her visa was renewed for another year.",
        "Her agency says her visa will be cancelled if she complains.",
    ),
    (
        "financial_abuse",
        "She moved in with her sister last year.",
        "She moved in and changed his locks.",
    ),
    (
        "online_abuse",
        "He posted his old bike on a selling site.",
        "They posted his old name and his workplace.",
    ),
    (
        "online_abuse",
        "The comments urged people to visit the new café.",
        "The comments urged people to pay him a visit.",
    ),
    (
        "hate_crime",
        "A trans man was elected to the council.",
        "A trans man was targeted by accounts posting his old name.",
    ),
    (
        "modern_slavery",
        "He was exploited by nobody and loves his job.",
        "He had been criminally exploited since he was 15.",
    ),
    (
        "honour_based_abuse",
        "Her brothers wait outside the cinema for their tickets.",
        "Her brothers wait outside her lectures.",
    ),
    (
        "honour_based_abuse",
        "She will be taken home if she is ill.",
        "She will be taken home if she is seen with men.",
    ),
    (
        "self_harm",
        "She is reading about how long bread takes to prove.",
        "She has been reading about how long paracetamol takes.",
    ),
    (
        "neglect",
        "My 16 year old walks around town on his own every evening until ten with his mates.",
        "Two children of 6 and 8 ride round on their own every evening until ten.",
    ),
    (
        "online_abuse",
        "The estate agent's listing has their address and photos of their house.",
        "There is a forum page with her home address and photos of her car.",
    ),
    (
        "neglect",
        "The bike frame was left in the shed.",
        "His wheelchair is in the shed.",
    ),
    (
        "self_harm",
        "She asked for something to help her sleep on the long flight.",
        "She asked for something to make her sleep for a long time.",
    ),
    (
        "self_harm",
        "She is giving her friends a lift to the party.",
        "She has been giving her friends her make-up and hoodies.",
    ),
    (
        "self_harm",
        "He sorted it out with the council last week.",
        "He told his carer he has 'sorted it'.",
    ),
    (
        "financial_abuse",
        "He takes the post to the post office for her.",
        "Her new friend takes her post.",
    ),
    (
        "neglect",
        "The agency rang to confirm the evening call.",
        "Her son asked the agency to cancel the evening call.",
    ),
    (
        "neglect",
        "His new hearing aids were fitted last week.",
        "His hearing aids have not been worn for a year.",
    ),
    (
        "neglect",
        "His speech has come on well since nursery.",
        "His speech has gone backwards.",
    ),
    (
        "emotional_abuse",
        "He locks the shed at night.",
        "His brother locks away the food cupboard and the TV remote.",
    ),
    (
        "emotional_abuse",
        "She wants to go to a home near her daughter.",
        "He tells him he'll go to a home if he complains.",
    ),
    (
        "scam_fraud",
        "His son stayed on the phone with him to help him through the form.",
        "The friend stayed on the phone throughout, telling him what to say.",
    ),
    (
        "scam_fraud",
        "He added his wife as a joint account holder.",
        "He is adding a friend he met online as a joint account holder.",
    ),
    (
        "emotional_abuse",
        "Her mother says the new kitchen has ruined the budget for the year.",
        "Her mother tells staff, in front of her, that she ruined her life.",
    ),
    (
        "emotional_abuse",
        "She wishes she had given her brother a lift to the station.",
        "Her mother says she wishes she had given her up when she was born.",
    ),
    (
        "domestic_abuse",
        "She sends her mum a photo of the baby every morning.",
        "She had to send him a photo of her desk every hour.",
    ),
    (
        "domestic_abuse",
        "Her husband collected her from reception at five.",
        "Her husband collected her salary card from reception each month.",
    ),
    (
        "anti_social_behaviour",
        "The bin men empty the wheelie bins on Tuesdays.",
        "Teenagers set their wheelie bin alight in the front garden.",
    ),
    (
        "anti_social_behaviour",
        "The children kicked a football against the garage door after school.",
        "A group kicked a football against their door late at night for six weeks.",
    ),
    (
        "anti_social_behaviour",
        "Someone left their wheelie bins out on the pavement all week.",
        "Boy racers doing wheelies on the estate every night.",
    ),
    (
        "hate_crime",
        "The family followed their son's football team to the final.",
        "Teenagers followed their autistic son home, shouting at him.",
    ),
    (
        "drug_dealing",
        "He dropped a bag of small cakes off at the office.",
        "He once dropped a bag of small wraps in the car park.",
    ),
    (
        "drug_dealing",
        "He makes deliveries to different addresses across town every shift.",
        "On every shift he made short stops at the same addresses.",
    ),
    (
        "sexual_abuse",
        "The coach says it is their turn to bring the oranges.",
        "The driver touches her and says it is their game.",
    ),
    (
        "sexual_abuse",
        "The physio checks her knee after the operation.",
        "The driver who takes her home touches her legs.",
    ),
    (
        "physical_abuse",
        "He leant his bike against the wall outside the shop.",
        "A man was holding him against the wall and going through his pockets.",
    ),
    (
        "neglect",
        "The shop was without any food orders on Sunday.",
        "She comes to school without breakfast most days.",
    ),
    (
        "emotional_abuse",
        "My stepdad makes me a packed lunch every day.",
        "My stepdad makes me sleep in the shed when I wet the bed.",
    ),
    (
        "domestic_abuse",
        "He broke his arm playing rugby last winter.",
        "When dad drinks he gets angry, and last time he broke mum's arm.",
    ),
    (
        "domestic_abuse",
        "Dad goes for mum's birthday lunch at the pub every year.",
        "When dad drinks he goes for mum.",
    ),
    (
        "domestic_abuse",
        "She keeps a bag packed for the hospital now the baby is due.",
        "I keep a bag packed under my bed.",
    ),
    (
        "domestic_abuse",
        "He was sharpening the knife for the Sunday roast.",
        "He's downstairs sharpening a knife.",
    ),
    (
        "domestic_abuse",
        "I locked the front door before bed.",
        "He's locked me in the bedroom.",
    ),
    (
        "neglect",
        "The carers come every morning and evening to help him wash.",
        "The carers come for ten minutes and go.",
    ),
    (
        "neglect",
        "The carers take their coats off and have a cup of tea with him.",
        "The carers don't take their coats off.",
    ),
    (
        "sexual_abuse",
        "The groom of 86 told me how they met at a tea dance.",
        "A man has been grooming her online.",
    ),
    (
        "physical_abuse",
        "She came in with a new lip balm today.",
        "She came in with a bust lip today.",
    ),
    (
        "physical_abuse",
        "A man on the bridge was holding a toddler's hand, pointing at the boats.",
        "A man on the bridge was holding a toddler over the edge.",
    ),
    (
        "physical_abuse",
        "Some lads were helping a homeless guy with his bags.",
        "Some lads were kicking a homeless guy in the subway.",
    ),
    (
        "scam_fraud",
        "My son has a new phone number since he changed contract.",
        "A message on a new number saying he lost his phone and needed money.",
    ),
    (
        "scam_fraud",
        "He got a WhatsApp from his son about Sunday lunch.",
        "He got a WhatsApp from 'his son' on a new number asking for £1,800.",
    ),
    (
        "drug_dealing",
        "The cafe posts Instagram stories of its new cakes.",
        "A lad posts Snapchat stories with a menu of prices.",
    ),
    (
        "drug_dealing",
        "The bakery is delivering bread every morning.",
        "He says he is delivering till 3am.",
    ),
    (
        "forced_marriage",
        "Her parents are having a party for her eighteenth.",
        "Her parents are having a nikah for her with a man from back home.",
    ),
    (
        "forced_marriage",
        "She watched her cousin's wedding on the telly.",
        "They are holding the nikah over Zoom this Sunday.",
    ),
    (
        "neglect",
        "She leaves her baby with her mum on Fridays.",
        "She leaves her baby screaming for hours.",
    ),
    (
        "missing_person",
        "He is diabetic and missed two insulin reviews.",
        "He is diabetic and went missing from the ward last night.",
    ),
    (
        "physical_abuse",
        "The pharmacy delivers their prescribed medication every week.",
        "The home orders twice the prescribed sedatives for three residents.",
    ),
    (
        "physical_abuse",
        "The night carer gives them a drink of warm milk before bed.",
        "The manager tells staff to give them something so they sleep.",
    ),
    (
        "physical_abuse",
        "She plumped the pillow behind her head.",
        "She was not breathing properly, with a pillow beside her face.",
    ),
    (
        "domestic_abuse",
        "She asked the surgery to send her results by text.",
        "She asked if the surgery could stop sending letters home.",
    ),
    (
        "missing_person",
        "The family moved house over half term and told the school.",
        "The neighbour says the family did a moonlight flit.",
    ),
    (
        "online_abuse",
        "His mum filmed him singing in the school play.",
        "Older boys film him crying and it is posted on TikTok.",
    ),
    (
        "forced_marriage",
        "Her parents have found a flat for her near the university.",
        "Her parents have found a boy from the village for her in Bangladesh.",
    ),
    (
        "forced_marriage",
        "She asked whether the match counts if it rains.",
        "She asked me whether a marriage counts if you say no.",
    ),
    (
        "scam_fraud",
        "She was called about her pension by the provider she rang last week.",
        "She was cold-called about a pension review.",
    ),
    (
        "scam_fraud",
        "She has put her savings into premium bonds.",
        "She moved her whole pension into green energy bonds abroad.",
    ),
    (
        "self_harm",
        "She has taken enough photos for the album.",
        "She slurred that she has taken enough this time.",
    ),
    (
        "scam_fraud",
        "She needs the money for her driving lessons.",
        "She sends money to a man online who says he needs it for his flights home.",
    ),
    (
        "forced_marriage",
        "Please don't let them take me to the dentist.",
        "When her uncle left the room she said please don't let them take me.",
    ),
    (
        "child_criminal_exploitation",
        "The fans were all wearing their colours to the match.",
        "He has started wearing their colours.",
    ),
    (
        "child_criminal_exploitation",
        "He has joined a new football club.",
        "He's got this new older crowd.",
    ),
    (
        "child_criminal_exploitation",
        "He comes home with money from his paper round.",
        "He comes home with cash.",
    ),
    (
        "cuckooing",
        "His brother is staying at his flat for the weekend.",
        "They're all staying at his flat now and he sleeps on the floor.",
    ),
    (
        "cuckooing",
        "The nurse puts the tablets in a dosette box for him.",
        "They have been taking the tablets off him at the door.",
    ),
    (
        "sexual_abuse",
        "She knows all the words to the song.",
        "She's doing things with her dolls that a seven year old shouldn't know about.",
    ),
    (
        "sexual_abuse",
        "He showed her a game on his phone and they played it together.",
        "The big boy showed her on his phone and made her do it too.",
    ),
    (
        "neglect",
        "It's boiling today, so open the windows.",
        "A baby in a car on the top floor, windows all up, it's boiling.",
    ),
    (
        "sexual_abuse",
        "His cousin made him do his homework.",
        "His older cousin made him do sexual things.",
    ),
    (
        "radicalisation",
        "He watches videos about fighting fires.",
        "A man gave the boys videos about fighting jihad.",
    ),
    (
        "radicalisation",
        "He said they must not leave the mosque without their shoes.",
        "He told the boys they must not listen to the imam.",
    ),
    (
        "emotional_abuse",
        "He called them in for dinner.",
        "He calls the residents dirty animals.",
    ),
    (
        "emotional_abuse",
        "She laughs when the baby giggles.",
        "He laughs when they cry.",
    ),
    (
        "child_criminal_exploitation",
        "The police found him a lift home.",
        "The police found him far away in Wales.",
    ),
    (
        "child_criminal_exploitation",
        "He is afraid of spiders.",
        "He is afraid every time his phone rings.",
    ),
    (
        "child_criminal_exploitation",
        "The grandmother comes to look after him, and I hear her sing to him.",
        "They're after him and his family.",
    ),
    (
        "financial_abuse",
        "Her carer asks her what she wants for lunch.",
        "Her carer asked her to buy a new phone for the carer's daughter.",
    ),
    (
        "scam_fraud",
        "She cannot stop laughing.",
        "They take money from her card every month and she cannot stop it.",
    ),
    (
        "scam_fraud",
        "She uses a cream for her eczema.",
        "She bought a miracle cream from an advert.",
    ),
    (
        "neglect",
        "He locks the shed when he goes to work.",
        "He locks her in the room when he goes to work.",
    ),
    (
        "neglect",
        "The tired dad put the baby in the car seat.",
        "A very drunk man put a small boy in the car seat.",
    ),
    (
        "online_abuse",
        "On the game he told him he was winning.",
        "A man on the game chat told him he is 12 too.",
    ),
    (
        "online_abuse",
        "We had a video call with grandma.",
        "He asked him to go on a video call without clothes.",
    ),
    (
        "forced_marriage",
        "Her mother showed her photos of the holiday.",
        "Her mother showed her photos of a man to marry.",
    ),
    (
        "self_harm",
        "Water is coming under the door from the bathroom.",
        "There is blood coming under the bathroom door.",
    ),
    (
        "self_harm",
        "She took all her tablets with her on holiday.",
        "She took all her antidepressants.",
    ),
    (
        "domestic_abuse",
        "My friend's brother has just turned up at her flat with flowers.",
        "My friend's ex has just turned up at her flat.",
    ),
    (
        "child_sexual_exploitation",
        "She booked a hotel room for her mum's birthday.",
        "A 19 year old has booked her a hotel room.",
    ),
    (
        "child_sexual_exploitation",
        "She asked him to delete the photos of the cat.",
        "He asked her to delete his messages.",
    ),
    (
        "scam_fraud",
        "The delivery charge for the sofa was thirty pounds.",
        "She pays a delivery charge for each prize.",
    ),
    (
        "radicalisation",
        "He is making chess pieces on a 3D printer.",
        "He is making gun parts on a 3D printer.",
    ),
    (
        "radicalisation",
        "He follows a cooking channel.",
        "He follows an eco-fascist channel.",
    ),
    (
        "financial_abuse",
        "The support worker takes him to his flat to clean it.",
        "His support worker takes him to her house to clean it.",
    ),
    (
        "financial_abuse",
        "I borrowed £20 from her.",
        "She's borrowed £200 from him.",
    ),
    (
        "child_criminal_exploitation",
        "He earns money by delivering newspapers.",
        "The boys earn free sessions by delivering supplements.",
    ),
    (
        "cuckooing",
        "She moved into her new bedroom.",
        "The lodger moved into her bedroom so she sleeps on the settee.",
    ),
    (
        "online_abuse",
        "He wants to run away to the circus.",
        "They talk about when she runs away to meet him.",
    ),
    (
        "hate_crime",
        "He filmed the woman in her wedding dress.",
        "He filmed the woman downstairs in her niqab.",
    ),
    (
        "hate_crime",
        "The visitors should go home by six.",
        "He shouts that Muslims should be sent home.",
    ),
    (
        "forced_marriage",
        "She picked a dress for the wedding.",
        "She's meant to pick a husband before the summer.",
    ),
    (
        "neglect",
        "They left her and her brother on their own for ten minutes.",
        "Her parents went to Spain and left her and her brother on their own.",
    ),
    (
        "sexual_abuse",
        "She is tall for her age.",
        "He tells them they're mature for their age.",
    ),
    (
        "sexual_abuse",
        "A teacher adds homework on the school app.",
        "A coach adds the girls on snap.",
    ),
    (
        "child_sexual_exploitation",
        "She likes to meet up with friends.",
        "Girls are told to link older boys at the park.",
    ),
    (
        "child_sexual_exploitation",
        "She had to do stuff with her homework.",
        "She had to do stuff with three of them.",
    ),
    (
        "child_sexual_exploitation",
        "If you sit in the front you get a better view.",
        "A man says they can have chips if they sit in his car.",
    ),
    (
        "cuckooing",
        "She sells cakes online from her kitchen.",
        "Some lads moved into his flat and sell from there.",
    ),
    (
        "child_criminal_exploitation",
        "He is going to OT on Tuesday.",
        "He keeps going OT for days.",
    ),
    (
        "child_criminal_exploitation",
        "He is older than his brother.",
        "His olders look after him.",
    ),
    (
        "child_criminal_exploitation",
        "He has bare homework.",
        "He comes back with bare p's.",
    ),
    (
        "child_criminal_exploitation",
        "He paid cash and a tip.",
        "He has bare cash and a knife in his bag.",
    ),
    (
        "self_harm",
        "She deserves to win.",
        "She says she deserves to feel hungry.",
    ),
    (
        "sexual_abuse",
        "She was asleep and people were talking.",
        "She was passed out and people were touching her.",
    ),
    (
        "hate_crime",
        "She plays the ukulele.",
        "They called her a p*ki.",
    ),
    (
        "fgm",
        "My mate has been cutting, she showed me.",
        "She has been cut, as her mother was.",
    ),
    (
        "online_abuse",
        "Take care of yourself.",
        "Every night someone comments kill urself under her pictures.",
    ),
    (
        "domestic_abuse",
        "He pulled his mum along by the hand.",
        "He dragged his mum by her hair.",
    ),
    (
        "domestic_abuse",
        "He paints the walls.",
        "He punches walls when he's angry.",
    ),
    (
        "self_harm",
        "I'm starving, what's for tea?",
        "She has been starving herself.",
    ),
    (
        "neglect",
        "The toddler waves from the upstairs window.",
        "The toddler is always at the upstairs window banging and screaming.",
    ),
    (
        "sexual_abuse",
        "She is asking other mums about the school run.",
        "A man at the stall keeps asking mums which nursery their kids go to.",
    ),
    (
        "burglary_risk",
        "The sheds got done up with new paint.",
        "Three sheds got done last week.",
    ),
    (
        "hate_crime",
        "The gay couple opposite had a party.",
        "Someone wrote gay scum on the bench.",
    ),
    (
        "neglect",
        "His mum kicked him out of the kitchen for being noisy.",
        "His mum kicked him out for being gay.",
    ),
    (
        "child_criminal_exploitation",
        "They bring them back at 4pm after football.",
        "Men take the lads out in a van and bring them back at 4am.",
    ),
    (
        "child_sexual_exploitation",
        "She is learning modelling with clay at school.",
        "He has been offering teenage girls lifts and modelling work.",
    ),
    (
        "modern_slavery",
        "The boss has the keys.",
        "He asked to borrow a phone because the boss has ours.",
    ),
    (
        "physical_abuse",
        "His dad does it with a smile.",
        "His dad does it with the lighter.",
    ),
    (
        "online_abuse",
        "He was pretending to be a dinosaur.",
        "An account is pretending to be a 12 year old footballer.",
    ),
    (
        "physical_abuse",
        "The twins gave different answers in the quiz.",
        "Mum and her boyfriend gave differing accounts of how the baby was hurt.",
    ),
    (
        "physical_abuse",
        "The pupils on the trip were of different ages.",
        "XR shows #ribs of different ages.",
    ),
    (
        "physical_abuse",
        "He drew a loop-shaped track for his toy cars.",
        "Loop-shaped marks on both legs.",
    ),
    (
        "physical_abuse",
        "She bought daddy a belt for Christmas.",
        "Child says daddy's belt.",
    ),
    (
        "physical_abuse",
        "The resident was found on the floor of the lounge doing a jigsaw.",
        "The resident was found on the floor of her room, bleeding from the head.",
    ),
    (
        "child_criminal_exploitation",
        "We bought chicken wraps and paid cash at the van.",
        "He was stopped with 12 wraps & £340 cash.",
    ),
    (
        "financial_abuse",
        "The savings account rate went down last month.",
        "Her savings down £40k in six months.",
    ),
    (
        "financial_abuse",
        "His PIP is paid into his own account.",
        "Her PIP is paid into her brother's account.",
    ),
    (
        "domestic_abuse",
        "The game gets rough with the older boys.",
        "Her stepfather gets rough with her mum when drunk.",
    ),
    (
        "domestic_abuse",
        "Agency checks, child aged 4. Police: no call-outs to the address.",
        "Agency checks, child aged 4. Police: called out x3 to the address.",
    ),
    (
        "domestic_abuse",
        "Police attended the school assembly to talk about road safety.",
        "Police attended x2 this year after arguments.",
    ),
    (
        "domestic_abuse",
        "He was shouting he will finish the race.",
        "He is in the corridor shouting he will finish her.",
    ),
    (
        "domestic_abuse",
        "He has a history of helping his neighbours.",
        "He is on licence for DA and has a new partner with young children.",
    ),
    (
        "domestic_abuse",
        "Their relationship is going well.",
        "A new relationship not disclosed to probation, with a woman who has three children.",
    ),
    (
        "forced_marriage",
        "The family have arranged a party for Eid.",
        "Her family have arranged nikah in Bangladesh at Easter.",
    ),
    (
        "self_harm",
        "They tried to hang the washing out before the rain.",
        "He tried to hang himself in the garage last week.",
    ),
    (
        "self_harm",
        "The attempted robbery was on the news.",
        "Seen after an attempted hanging two days ago.",
    ),
    (
        "scam_fraud",
        "HMRC said he would get a tax refund.",
        "A caller from HMRC said she'd be arrested unless she paid.",
    ),
    (
        "scam_fraud",
        "A caller rang the branch to ask about opening hours.",
        "She was withdrawing cash with the caller in the branch on her phone.",
    ),
    (
        "hate_crime",
        "The drunk man shouts and slurs his words.",
        "Her neighbour shouts slurs on the stairs.",
    ),
    (
        "hate_crime",
        "I know what you are going through.",
        "A note through the door said 'we know what you are'.",
    ),
    (
        "anti_social_behaviour",
        "We listened to loud music on the drive home.",
        "Complaints re: loud music 3am.",
    ),
    (
        "anti_social_behaviour",
        "He gave talks to neighbours about recycling.",
        "Threats to neighbours who complained about the noise.",
    ),
    (
        "forced_marriage",
        "It's tradition to wear red, and she'll learn to like it.",
        "The wedding is just a bit of tradition and she'll learn to like him.",
    ),
    (
        "financial_abuse",
        "His mates take turns to buy their drinks.",
        "The lads who help him make him buy their cigarettes.",
    ),
    (
        "domestic_abuse",
        "The shop manager checks the receipts at closing.",
        "He checks her receipts and every penny she spends.",
    ),
    (
        "domestic_abuse",
        "Mum only lets her have 20 minutes on the iPad.",
        "My dad only lets my mum have twenty pounds a week.",
    ),
    (
        "emotional_abuse",
        "We filmed him crossing the finish line, it was such fun.",
        "The carer said it was just a bit of fun when she filmed him struggling to eat.",
    ),
    (
        "hate_crime",
        "My disabled brother loves his football club.",
        "Teenagers have shouted 'paedo' at my disabled brother every day.",
    ),
    (
        "physical_abuse",
        "He was knocked over by two lads playing rugby.",
        "An old man has been pushed over by two lads at the bus stop.",
    ),
    (
        "self_harm",
        "He went into the garage with a rope to tie down the trailer.",
        "He went into the garage with a rope and shut the door.",
    ),
    (
        "self_harm",
        "She had plasters on her arm after her jabs.",
        "I saw plasters all up her arm when she reached for the remote.",
    ),
    (
        "radicalisation",
        "They said the rules should be changed.",
        "He says some of them should be deported.",
    ),
    (
        "radicalisation",
        "She painted the fence white and was proud of it.",
        "He shares videos from a channel called White Awakening.",
    ),
    (
        "honour_based_abuse",
        "He said goodbye to his little brother over the fence and said it won't hurt for long.",
        "Her brothers said they would hurt her if she saw him again.",
    ),
    (
        "fgm",
        "The carer helped her wash her private parts.",
        "They did her private part in Somalia.",
    ),
    (
        "physical_abuse",
        "She shook the baby's rattle to make him laugh.",
        "I shook my baby last night when she wouldn't stop crying.",
    ),
    (
        "neglect",
        "She threw the breakfast wrappers in the bin.",
        "My 4 year old made her own breakfast from the bin.",
    ),
    (
        "neglect",
        "The kids stay at home with their gran when we do the night shift.",
        "We leave our kids at home when we do the night shift.",
    ),
    (
        "neglect",
        "I left my 2 year old in the car with her dad while I paid for petrol.",
        "I've left my 2 year old in the car outside the bookies in this heat.",
    ),
    (
        "domestic_abuse",
        "I put a tracker on my bike after it was stolen.",
        "I've put a tracker on her car.",
    ),
    (
        "domestic_abuse",
        "I read my wife's texts out loud for her while she drives.",
        "I've been going through my wife's phone every night.",
    ),
    (
        "domestic_abuse",
        "I don't let her see her friends until her homework's done.",
        "I don't let her see her friends unless I'm there.",
    ),
    (
        "domestic_abuse",
        "My partner put the shelf up against the wall.",
        "I've got my partner up against the wall and I can't calm down.",
    ),
    (
        "domestic_abuse",
        "His social worker checks the accounts every year.",
        "He checks her phone and her bank account every night.",
    ),
    (
        "hate_crime",
        "I manage his money because he has a learning disability.",
        "He was attacked because of his disability.",
    ),
    (
        "radicalisation",
        "We need to take our country back to its roots of kindness.",
        "They say we need to take our country back by force.",
    ),
    (
        "scam_fraud",
        "I moved my pension to a new provider after a meeting at my bank.",
        "He got me to move my whole pension into a hotel scheme in Cape Verde.",
    ),
    (
        "anti_social_behaviour",
        "We kicked the ball over the fence again.",
        "Every night we kick their fence in.",
    ),
    (
        "fgm",
        "I've been cutting my thighs with a blade.",
        "She says she has been cut, down there, in the holidays.",
    ),
    (
        "child_sexual_exploitation",
        "My neighbour asked us to help find her dog.",
        "A man asked children at the gates to help find his puppy.",
    ),
    (
        "fgm",
        "My aunt who does the cooking has flown in for the wedding.",
        "The aunt who does it has flown in for the girls.",
    ),
    (
        "fgm",
        "She is recovering from a small operation in hospital.",
        "Painkillers for a girl of 8 after a small operation at home.",
    ),
    (
        "scam_fraud",
        "A courier is coming to collect the parcel for the return.",
        "She must withdraw £9,000 for a courier to collect as evidence.",
    ),
    (
        "financial_abuse",
        "The neighbour is taking in her post while she's away.",
        "Her son is taking her post and hiding her bank letters.",
    ),
    (
        "hate_crime",
        "Her mum was telling the other mums the little one's going back home this summer.",
        "The lads keep shouting at them to go back home.",
    ),
    (
        "hate_crime",
        "She wrote a poem about terrorists on the wall display for her RE project.",
        "Someone scratched 'terrorists' into their car last night.",
    ),
    (
        "neglect",
        "He wolfed down his dinner because he wanted to get back to his game.",
        "He wolfs his lunch as if someone might take it off him.",
    ),
    (
        "neglect",
        "His new shoes are held together with velcro straps.",
        "His shoes are held together with tape.",
    ),
    (
        "domestic_abuse",
        "She batters the fish every Friday at her dad's chip shop.",
        "His dad batters his mum every weekend when he's had a drink.",
    ),
    (
        "financial_abuse",
        "She's having her pension paid into her new account.",
        "Her nephew's been having her pension off her every week.",
    ),
    (
        "fgm",
        "The kitchen has to be made clean before the inspection.",
        "She's going home this summer to be made clean like her big sisters.",
    ),
    (
        "forced_marriage",
        "They're planning the wedding at a venue they've never seen.",
        "They've set the nikah for next month with a lad she's never met.",
    ),
    (
        "self_harm",
        "She was slicing bread when she caught her arm on the knife.",
        "She's been slicing her arms again.",
    ),
    (
        "self_harm",
        "His son is coming up to sort it at the weekend.",
        "I've sorted it for Sunday when they're all out.",
    ),
    (
        "child_criminal_exploitation",
        "You dropped your bag on the bus, you should ring lost property.",
        "You dropped the parcel, you pay for it.",
    ),
    (
        "online_abuse",
        "Delete these messages from the spam folder.",
        "Delete these msgs ok?",
    ),
    (
        "online_abuse",
        "Don't tell your dad I bought you sweets.",
        "Add me on Snap and don't tell your parents.",
    ),
    (
        "forced_marriage",
        "Her family have agreed to the school trip.",
        "The girl's family have agreed, the nikah is on the 12th.",
    ),
    (
        "fgm",
        "She'll be a big girl after her sixth birthday party.",
        "You will be a big girl after the ceremony.",
    ),
    (
        "child_sexual_exploitation",
        "The older boys will be there to help with the free drinks at the fete.",
        "The older lads will be there with free vodka.",
    ),
    (
        "child_sexual_exploitation",
        "She put a vitamin tablet in her drink to make it fizzy.",
        "A boy put something in her drink at the party.",
    ),
    (
        "sexual_abuse",
        "Grandad gives the kids sweets and they sit on his lap for a story.",
        "He gives her sweets if she sits on his lap.",
    ),
    (
        "honour_based_abuse",
        "Mum felt sick with worry when she was late.",
        "Her brothers say she has made dad ill with shame.",
    ),
    (
        "self_harm",
        "Sorry for everything I said last night, I was tired.",
        "He texted 'sorry for everything' and switched his phone off.",
    ),
    (
        "self_harm",
        "The barber has started cutting hair again.",
        "I've started cutting again.",
    ),
    (
        "self_harm",
        "I'll pick you up on Saturday after the match.",
        "She said she's picked Sunday, when everyone's out.",
    ),
    (
        "domestic_abuse",
        "Don't make me do the washing up again, it's your turn!",
        "He said don't make me do what I did last time.",
    ),
    (
        "domestic_abuse",
        "You know what happens if the plants are not watered.",
        "If you're not home by six you know what happens.",
    ),
    (
        "neglect",
        "His mum came to collect him and he was back the next day.",
        "Nobody will collect her until tomorrow.",
    ),
    (
        "domestic_abuse",
        "She goes through her bank statement with me every month.",
        "He goes through her bank statements every night.",
    ),
    (
        "self_neglect",
        "He's not bothering with the gym any more.",
        "He says he's not bothering with food any more.",
    ),
    (
        "domestic_abuse",
        "It's the only time her husband can't come to the match.",
        "Work is the only time her husband can't check where she is.",
    ),
    (
        "online_abuse",
        "Her nan sent her a birthday card with a tenner in it.",
        "A man she met online sent her a train ticket to come and meet him.",
    ),
    (
        "child_sexual_exploitation",
        "She told her mum she's at a sleepover at Amy's tonight.",
        "He told her to say she's at a sleepover.",
    ),
    (
        "burglary_risk",
        "She put a bit of tape on the door frame to hang the bunting.",
        "Someone keeps wedging plastic in her door frame.",
    ),
    (
        "sexual_abuse",
        "The noise from the road interferes with her sleep.",
        "Her mother's friend interferes with her when her mum is out.",
    ),
    (
        "physical_abuse",
        "The kids found a good hiding place in the garden.",
        "He gave her a good hiding.",
    ),
    (
        "child_sexual_exploitation",
        "Her dad came home the worse for drink after the wedding.",
        "She came back from the party the worse for drink.",
    ),
    (
        "child_criminal_exploitation",
        "He fell in with the idea of a camping trip.",
        "He has fallen in with a bad lot.",
    ),
    (
        "self_harm",
        "He's waiting to join her on holiday in Spain.",
        "Since his wife died he says he's only waiting to join her.",
    ),
    (
        "financial_abuse",
        "Her son has taken over her garden while she's in hospital.",
        "Her lodger has taken over her affairs.",
    ),
    (
        "fgm",
        "She wants her ears pierced before she starts secondary school.",
        "They want her done before she starts her monthlies.",
    ),
    (
        "hate_crime",
        "They painted out the old name on their front door.",
        "Someone daubed 'OUT' on their front door.",
    ),
    (
        "online_abuse",
        "Do everyone a favour and bring cake on Friday.",
        "Messages saying he should do everyone a favour and die.",
    ),
    (
        "emotional_abuse",
        "Her mum called her a dirty stop-out for coming home at six.",
        "The carer calls her a dirty old woman when she has an accident.",
    ),
    (
        "scam_fraud",
        "I'll give it to the driver when he delivers the parcel.",
        "He told her to hand the cash to his courier.",
    ),
    (
        "burglary_risk",
        "I asked whether I should keep my money in a savings account.",
        "He asked whether I kept my money in the house.",
    ),
    (
        "modern_slavery",
        "The carer calls her a dirty old woman.",
        "The workers are always in dirty clothes.",
    ),
    (
        "domestic_abuse",
        "My wife said that her mother's friend takes her to the baths.",
        "Her husband's family make her hand over her wages.",
    ),
    (
        "modern_slavery",
        "The claimant says his cousin helped him open a bank account.",
        "The man with her claims to be her cousin.",
    ),
    (
        "financial_abuse",
        "She signed the papers she had read with her solicitor.",
        "She has signed papers she could not read.",
    ),
    (
        "emotional_abuse",
        "The nurse helped her to the commode behind the curtain.",
        "She is made to sit on a commode in the lounge in front of visitors.",
    ),
    (
        "self_neglect",
        "He stopped his gym membership when he moved.",
        "He refuses his dialysis and says he has done his time.",
    ),
    (
        "neglect",
        "When the father remembers, he brings her favourite biscuits.",
        "She eats when the father remembers to buy food.",
    ),
    (
        "fgm",
        "The water is purified before it reaches the tap.",
        "She will go home in the summer to be purified like her mother.",
    ),
    (
        "domestic_abuse",
        "Her dad teaches her respect for other people.",
        "Her husband teaches her respect with his belt.",
    ),
    (
        "neglect",
        "She was found at the bus station by her mum at 4pm after school.",
        "The girl was found at 11pm at the bus station.",
    ),
    (
        "sexual_abuse",
        "This is what grown-ups do at weddings, they dance all night.",
        "She said this is what grown-ups do, uncle showed me.",
    ),
    (
        "emotional_abuse",
        "We keep the hoover in the cupboard under the stairs when it's not in use.",
        "He has his dinner in the cupboard under the stairs when he's bad.",
    ),
    (
        "emotional_abuse",
        "He drew himself in a rocket going to the moon.",
        "He drew himself in a cage in the corner of the kitchen.",
    ),
    (
        "missing_person",
        "They're going away where there's no phone signal for a quiet weekend.",
        "The note says they are going away where nobody can find us.",
    ),
    (
        "neglect",
        "The actor was slurring on purpose in the school play.",
        "Mum was slurring her words when she came to collect him.",
    ),
    (
        "physical_abuse",
        "At swimming she holds her head under the water for ten seconds.",
        "She says daddy puts her head under the water when she's bad.",
    ),
    (
        "domestic_abuse",
        "She told me about the shouting match on the telly last night.",
        "Daddy said if I tell about the shouting the police will take me away.",
    ),
]


def _cue_support(base: KnowledgeBase, slug: str, text: str, age: int | None) -> float:
    inferred = infer(Observation(text, age=age), base.inference)
    return weigh(base.harms[slug], inferred, base).support


@pytest.mark.parametrize(("slug", "ordinary", "sign"), PAIRS, ids=[p[0] for p in PAIRS])
def test_a_cue_finds_the_sign_and_not_the_everyday_words(
    base: KnowledgeBase, slug: str, ordinary: str, sign: str
) -> None:
    age = 14 if base.harms[slug].concerns == "child" else None
    assert _cue_support(base, slug, ordinary, age) == 0.0
    assert _cue_support(base, slug, sign, age) > 0.0


@pytest.mark.parametrize(
    ("slug", "sign", "reassured"),
    [
        (
            "domestic_abuse",
            "The couple next door had a violent fight last night.",
            "The couple next door had a violent fight last night; this morning they were "
            "laughing in the garden.",
        ),
        (
            "financial_abuse",
            "His daughter keeps his bank card.",
            "His daughter keeps his bank card and sends him a statement every month.",
        ),
        (
            "forced_marriage",
            "She is getting married this summer.",
            "She is getting married this summer; both families are delighted and she met him "
            "at university.",
        ),
        (
            "missing_person",
            "A 6 year old went missing at the funfair.",
            "A 6 year old went missing at the funfair and was found within ten minutes.",
        ),
        (
            "emotional_abuse",
            "He shouts at her.",
            "He shouts at her; it happened once in the supermarket.",
        ),
        (
            "missing_person",
            "Her mum says she is not coming home tonight.",
            "He told his mother to vote how he says or you're not coming home.",
        ),
        (
            "modern_slavery",
            "She doesn't speak English and he answers for her.",
            "She doesn't speak English and her son came to translate.",
        ),
        (
            "domestic_abuse",
            "Her husband always speaks for her.",
            "Her husband always speaks for her; he signs for her because she asked him to.",
        ),
        (
            "physical_abuse",
            "The baby has a mark on his cheek.",
            "The baby has a mark on his cheek; it's a birthmark.",
        ),
        (
            "sexual_abuse",
            "She won't change for swimming and is scared of her stepdad.",
            "She won't change for swimming and is scared of her stepdad; she's shy about her "
            "new costume.",
        ),
        (
            "physical_abuse",
            "He came in with a bruise on his arm.",
            "He came in with a bruise on his arm from his karate grading; his instructor "
            "mentioned it.",
        ),
        (
            "fgm",
            "She is going to Somalia with her mum for the summer.",
            "She is going to Somalia with her mum for the summer and is coming back in time "
            "for the new term.",
        ),
        (
            "cuckooing",
            "There are people coming and going from his flat at all hours.",
            "There are people coming and going from his flat at all hours; he is having a new "
            "kitchen fitted.",
        ),
        (
            "scam_fraud",
            "A caller said he was from the bank.",
            "A caller said he was from the bank; she checked with the bank and it was genuine.",
        ),
        (
            "scam_fraud",
            "She gets a lot of post from charities.",
            "She gets a lot of post from charities; she gives a little each month and her son "
            "helps her keep track.",
        ),
        (
            "drug_dealing",
            "There are lots of visitors at the house all weekend.",
            "There are lots of visitors at the house all weekend; it's a big family with "
            "grandparents and cousins.",
        ),
        (
            "physical_abuse",
            "She has bruises on her arms.",
            "She has bruises on her arms; she takes blood thinners and bruises easily.",
        ),
        (
            "physical_abuse",
            "A resident has a bruise on her forearm.",
            "A resident has a bruise on her forearm; staff saw her knock it on her wheelchair "
            "and it is in the accident book.",
        ),
        (
            "self_neglect",
            "She has lost a lot of weight.",
            "She has lost a lot of weight since she joined a running club and is training for "
            "a marathon.",
        ),
        (
            "neglect",
            "A 13 year old girl in my form has gone very quiet and withdrawn.",
            "A 13 year old girl in my form has gone very quiet and withdrawn since her parents "
            "separated; she is seeing the school counsellor.",
        ),
        (
            "self_neglect",
            "A resident has taken to sleeping in her chair.",
            "A resident has taken to sleeping in her chair because it helps her breathing; her "
            "GP knows.",
        ),
        (
            "fgm",
            "A 12 year old says it hurts when she goes to the toilet.",
            "A 12 year old says it hurts when she goes to the toilet; she has a urine infection "
            "and is on antibiotics.",
        ),
        (
            "neglect",
            "Two children aged 4 and 6 were left alone in the tent overnight.",
            "Two children aged 4 and 6 were left alone in the tent overnight while their "
            "parents sat just outside it.",
        ),
        (
            "neglect",
            "He missed his dental appointment.",
            "He missed his dental appointment and his gran rang to rebook it.",
        ),
        (
            "financial_abuse",
            "Her companion takes her pension.",
            "Her companion drives her to collect her pension and they have lunch after.",
        ),
        (
            "neglect",
            "His carers have stopped coming.",
            "His carers have stopped coming since he started volunteering at the library.",
        ),
        (
            "financial_abuse",
            "Her new friend borrows money from her.",
            "Her new friend borrows money from her, and they take turns paying for the hotel.",
        ),
        (
            "cuckooing",
            "Strangers are staying at his flat.",
            "Strangers are staying at his flat, and they split the cost of the food.",
        ),
        (
            "child_sexual_exploitation",
            "A man in his thirties drives her in his car every Friday.",
            "A man in his thirties drives her in his car to her gran's every Friday, arranged by "
            "her social worker.",
        ),
        (
            "financial_abuse",
            "Her new friend has her bank card and PIN.",
            "Her new friend has her bank card and PIN, and she checks the statements herself.",
        ),
        (
            "drug_dealing",
            "Cars pull up every half hour and drive off.",
            "Cars pull up every half hour to buy strawberries and drive off.",
        ),
        (
            "online_abuse",
            "He is sharing the photo round the school.",
            "He is sharing the photo round the school, with her parents' permission.",
        ),
        (
            "anti_social_behaviour",
            "A group of lads gather on the green every evening and intimidate people.",
            "A group of lads gather on the green every evening to play a round of golf, and intimidate people.",
        ),
        (
            "scam_fraud",
            "He has a letter about a lottery win.",
            "He has a letter about a lottery win and is spending it on his holiday.",
        ),
        (
            "drug_dealing",
            "The same three cars park side by side every evening.",
            "The same three cars park side by side every evening, and they belong to nurses on the night shift.",
        ),
        (
            "burglary_risk",
            "Two men were photographing the houses on our road.",
            "Two men were photographing the houses on our road for an estate agent's brochure.",
        ),
        (
            "drug_dealing",
            "People go in for a few minutes and leave, all night.",
            "People go in for a few minutes and leave, all night, checking the sheep.",
        ),
        (
            "cuckooing",
            "Young lads are staying at her flat.",
            "Young lads are staying at her flat to help her decorate.",
        ),
        (
            "online_abuse",
            "He is meeting up with a lad he met on a game.",
            "He is meeting up with a lad he met on a game, who turned out to be in his year at school.",
        ),
        (
            "child_sexual_exploitation",
            "She keeps getting into cars most Friday nights.",
            "She keeps getting into cars most Friday nights, with her dad after her shift.",
        ),
        (
            "modern_slavery",
            "The same men are picked up in a van at 5am.",
            "The same men are picked up in a van at 5am, and stop buying coffee before their shift.",
        ),
        (
            "child_criminal_exploitation",
            "He has two phones now.",
            "He has two phones now, one for school and an old one for emergencies.",
        ),
        (
            "child_sexual_exploitation",
            "She has two phones now.",
            "She has two phones now, one for school and an old one for emergencies.",
        ),
        (
            "burglary_risk",
            "Two men keep watching the houses on our road.",
            "Two men keep watching the houses on our road while they deliver the parcels.",
        ),
        (
            "physical_abuse",
            "It hit him on the knuckle.",
            "His conker hit him on the knuckle.",
        ),
        (
            "anti_social_behaviour",
            "Teenagers keep throwing things round the stall.",
            "Teenagers keep throwing things round the stall, then help him pack up.",
        ),
        (
            "burglary_risk",
            "She leaves the back door unlocked.",
            "She leaves the back door unlocked so her carers can let themselves in.",
        ),
        (
            "burglary_risk",
            "A man has been looking through her windows.",
            "A man has been looking through her windows; she had rung us first to ask him to measure them.",
        ),
        (
            "child_sexual_exploitation",
            "A girl of 15 gets into a car outside the club late every Friday.",
            "A girl of 15 gets into a car outside the club late every Friday; her mum comes to collect her.",
        ),
        (
            "forced_marriage",
            "Her family are taking her to Pakistan for a wedding.",
            "Her family are taking her to Pakistan for a wedding; they're all going to her cousin's wedding.",
        ),
        (
            "hate_crime",
            "Someone smashed the window of the Polish family's house.",
            "Someone smashed the window of the Polish family's house with a football; the kids "
            "came round to say sorry and offered to pay.",
        ),
        (
            "burglary_risk",
            "A man was photographing the back gates of every house on the close.",
            "A man was photographing the back gates of every house on the close, with his company "
            "ID on a lanyard.",
        ),
        (
            "domestic_abuse",
            "Her husband answers every question for her at the doctor's.",
            "Her husband answers every question for her at the doctor's; he came in to hold the "
            "camera so she could show me the rash.",
        ),
        (
            "honour_based_abuse",
            "Her family found out about her new boyfriend.",
            "Her family found out about her new boyfriend and her uncle wants to meet him over "
            "dinner.",
        ),
        (
            "child_sexual_exploitation",
            "A man in his forties queues all day with his 12 year old niece.",
            "A man in his forties queues all day with his 12 year old niece and her mum.",
        ),
        (
            "neglect",
            "My neighbour's 13 year old is looking after her little brother.",
            "My neighbour's 13 year old is looking after her little brother for an hour while "
            "their mum goes to the gym.",
        ),
        (
            "physical_abuse",
            "He has a burn on his forearm.",
            "He has a burn on his forearm from catching it on the grill.",
        ),
        (
            "financial_abuse",
            "His niece collects his pension.",
            "His niece collects his pension, and his support worker helped him count the money.",
        ),
        (
            "financial_abuse",
            "His niece collects his pension.",
            "His niece collects his pension, and when I read his statement it all added up.",
        ),
        (
            "cuckooing",
            "A man with a learning disability lives there.",
            "A man with a learning disability opened the door with his support worker, who "
            "helps him.",
        ),
        (
            "forced_marriage",
            "He is getting engaged next week.",
            "He is getting engaged next week; they met at a salsa class.",
        ),
        (
            "scam_fraud",
            "She bought three gift cards.",
            "She bought three gift cards for her grandchildren's Christmas stockings.",
        ),
        (
            "physical_abuse",
            "She has burns on her arms.",
            "She has burns on her arms, which she says she did with a lighter.",
        ),
        (
            "burglary_risk",
            "He asked which of us work from home on Fridays.",
            "He asked which of us work from home on Fridays, to plan the desk booking.",
        ),
        (
            "forced_marriage",
            "He is getting engaged next week.",
            "He is getting engaged next week, and showed everyone photos of his fiancée.",
        ),
        (
            "domestic_abuse",
            "She has marks round her neck.",
            "She has a ligature mark on her neck.",
        ),
        (
            "child_criminal_exploitation",
            "She came back with new trainers.",
            "She came back with her mum, carrying new trainers.",
        ),
        (
            "scam_fraud",
            "A caller asked for his card details to pay his pension.",
            "A caller asked for his card details to pay his pension; he looked up the number "
            "himself and rang them back.",
        ),
        (
            "missing_person",
            "He has vanished.",
            "He has vanished and his account has vanished.",
        ),
        (
            "burglary_risk",
            "The office door is open.",
            "He meets her in his office with the door open.",
        ),
        (
            "emotional_abuse",
            "He has been quiet and tearful for a week.",
            "He has been quiet and tearful for a week; his dad rang to explain that the family's "
            "old dog had died.",
        ),
        (
            "emotional_abuse",
            "My mum and dad argue about the washing up.",
            "My mum and dad argue about the washing up, but then they laugh about it.",
        ),
        (
            "emotional_abuse",
            "My neighbour shouts at her kids.",
            "My neighbour shouts at her kids to come in for tea, they all laugh and run in.",
        ),
        (
            "domestic_abuse",
            "He checks her location on his phone all day.",
            "He checks her location on his phone all day, and we share our locations.",
        ),
        (
            "physical_abuse",
            "A woman, 31, has a small burn on the forearm.",
            "A woman, 31, has a small burn on the forearm from the oven at work.",
        ),
        (
            "self_harm",
            "He has been giving all his stuff away.",
            "He has been giving all his stuff away because he's moving to Australia next month.",
        ),
        (
            "online_abuse",
            "Someone sent him skins on his game.",
            "His cousins sent him skins on his game for his birthday.",
        ),
        (
            "self_harm",
            "She has a scratch on her arm.",
            "She has a scratch on her arm from the cat.",
        ),
        (
            "child_criminal_exploitation",
            "He has a new phone and trainers.",
            "He has a new phone and trainers; his grandparents bought them for his birthday.",
        ),
        (
            "self_harm",
            "She has marks on her thigh.",
            "She has marks on her thigh from her new tattoo.",
        ),
        (
            "physical_abuse",
            "The little boy next door has a black eye.",
            "The little boy next door has a black eye; he walked into the swing at the park.",
        ),
        (
            "physical_abuse",
            "He has a broken wrist.",
            "He has a broken wrist from skateboarding.",
        ),
        (
            "physical_abuse",
            "A 3 month old baby has a scratch on her cheek.",
            "A 3 month old baby has a scratch on her cheek from her own fingernails.",
        ),
    ],
)
def test_an_ordinary_explanation_makes_a_sign_count_for_less(
    base: KnowledgeBase, slug: str, sign: str, reassured: str
) -> None:
    alone = _cue_support(base, slug, sign, None)
    explained = _cue_support(base, slug, reassured, None)
    assert 0.0 < explained < alone


def test_a_trip_abroad_is_a_sign_of_fgm_risk_for_a_girl_not_a_woman(base: KnowledgeBase) -> None:
    text = "She is going on a long trip to Somalia to see her grandmother."
    assert _cue_support(base, "fgm", text, 35) == 0.0
    assert _cue_support(base, "fgm", text, 9) > 0.0


def test_getting_married_is_a_sign_of_forced_marriage_for_a_child_not_an_adult(
    base: KnowledgeBase,
) -> None:
    # Nobody under 18 may marry in England and Wales; an adult's wedding is ordinary life.
    text = "She is getting married next summer and wants to pass her driving test first."
    assert _cue_support(base, "forced_marriage", text, 19) == 0.0
    assert _cue_support(base, "forced_marriage", text, 15) > 0.0


@pytest.mark.parametrize(
    "text",
    [
        "His parents are taking him to Bangladesh next month to get married.",
        "He could not say what being married means.",
    ],
)
def test_marriage_abroad_or_without_understanding_is_a_sign_for_an_adult_too(
    base: KnowledgeBase, text: str
) -> None:
    assert _cue_support(base, "forced_marriage", text, 19) > 0.0


def test_made_to_sleep_outside_is_domestic_abuse_for_an_adult_not_a_child(
    base: KnowledgeBase,
) -> None:
    # A child sent to sleep in the shed is emotional abuse or neglect, not domestic abuse.
    assert _cue_support(base, "domestic_abuse", "She makes him sleep in the garden shed.", 10) == 0
    assert _cue_support(base, "domestic_abuse", "She makes him sleep in the garden shed.", 40) > 0


def test_many_visitors_with_an_ordinary_reason_count_for_less(base: KnowledgeBase) -> None:
    sign = "There are cars calling briefly at all hours at number 12."
    explained = "There are cars calling briefly at all hours at number 12 because he's a mechanic."
    assert (
        0.0
        < _cue_support(base, "drug_dealing", explained, None)
        < _cue_support(base, "drug_dealing", sign, None)
    )


def test_the_shared_cue_index_finds_what_each_harm_alone_would(base: KnowledgeBase) -> None:
    """All harms' cues are looked up together once per observation; a harm scored on its own
    (not the knowledge base's object) looks its cues up alone, and both find the same."""
    texts = [
        "She has bruises on her arms, says she fell, and her husband checks her phone.",
        "A different man calls at his flat every hour and they have taken over the lounge.",
        "The children were excited about the school trip; his mum rang to say he fell off his bike.",
    ]
    for text in texts:
        inferred = infer(Observation(text), base.inference)
        for harm in base.harms.values():
            shared = weigh(harm, inferred, base)
            alone = weigh(harm.model_copy(), inferred, base)
            assert [i.text for i in shared.matched] == [i.text for i in alone.matched]
            assert shared.reassured == alone.reassured
            assert shared.support == alone.support


@pytest.mark.parametrize(
    "text",
    [
        "Her family are taking her home to Somalia for the school holidays.",
        "Since she came back on time from the trip she can't sit properly.",
    ],
)
def test_only_a_return_still_to_come_answers_a_trip_abroad(base: KnowledgeBase, text: str) -> None:
    """Going "home for the school holidays" is the risk itself, and after a trip what she
    shows is what matters: neither is the planned return that makes a trip count for less."""
    inferred = infer(Observation(text, age=12), base.inference)
    assert weigh(base.harms["fgm"], inferred, base).reassured == []


def test_an_explanation_refused_is_no_explanation(base: KnowledgeBase) -> None:
    """ "Won't show her the receipts" is the worry itself: the reassurance that help with
    money is seen must not be read from "show her the receipts" inside it."""
    shown = "Her son does her shopping with her card and shows her the receipts."
    refused = "Her son does her shopping with her card and won't show her the receipts."
    harm = base.harms["financial_abuse"]
    assert weigh(harm, infer(Observation(shown), base.inference), base).reassured
    assert weigh(harm, infer(Observation(refused), base.inference), base).reassured == []


def test_the_backs_of_the_hands_are_not_the_back(base: KnowledgeBase) -> None:
    """The back is a place rarely hurt by accident; the backs of an older person's hands,
    where thin skin bruises from knocks, are not."""
    harm = base.harms["physical_abuse"]
    rarely = "injuries in places that are rarely hurt by accident"

    def places(text: str) -> list[str]:
        evidence = weigh(harm, infer(Observation(text), base.inference), base)
        return [i.text for i in evidence.matched if i.text.startswith(rarely)]

    assert places("He has bruises on his back.")
    assert places("She has bruises on the back of her legs.")
    assert not places("She has bruises on the backs of her hands.")


def test_a_bump_explains_a_toddlers_bruise_but_not_a_babys(base: KnowledgeBase) -> None:
    """A baby who cannot yet walk does not bump into furniture: the account that answers a
    toddler's bruise leaves a baby's standing (``from_age`` on the reassurance)."""
    text = "A bruise on his cheek; his parents said he bumped into the coffee table."
    toddler = _cue_support(base, "physical_abuse", text, 3)
    baby = _cue_support(base, "physical_abuse", text, 0)
    assert 0 < toddler < baby
    seen = text + " A GP saw him the same day."
    assert _cue_support(base, "physical_abuse", seen, 0) < baby


def test_a_time_to_be_home_is_a_rule_for_a_child_and_control_of_a_wife(
    base: KnowledgeBase,
) -> None:
    """The parents' rule reassurance fits only someone under 18 (``under_age``)."""
    text = "Her husband says she has to be home by four and checks her phone."
    assert _cue_support(base, "domestic_abuse", text, 34) > _cue_support(
        base, "domestic_abuse", text, 15
    )


def test_a_baby_crying_is_not_a_change_in_behaviour(base: KnowledgeBase) -> None:
    text = "The baby cries a lot at night."
    assert _cue_support(base, "emotional_abuse", text, 0) < _cue_support(
        base, "emotional_abuse", text, 7
    )


def test_a_reassurance_cannot_end_before_it_starts() -> None:
    from pydantic import ValidationError

    from safeshare.knowledge.schema import Reassurance

    with pytest.raises(ValidationError, match="from_age must be below under_age"):
        Reassurance(text="an explanation", cues=["word"], factor=0.5, from_age=5, under_age=3)


def test_being_told_to_kill_yourself_is_a_sign_of_online_abuse_as_strong_as_self_harm(
    base: KnowledgeBase,
) -> None:
    # others' words are abuse aimed at him; self-harm is read from his own words
    text = "Since the video went round, he has been sent messages telling him to kill himself."
    abuse = _cue_support(base, "online_abuse", text, 15)
    assert abuse >= 0.7
    assert abuse >= _cue_support(base, "self_harm", text, 15)


def test_running_away_from_someone_at_home_is_more_than_running_away(base: KnowledgeBase) -> None:
    # who was run from says the child left to avoid harm, a second sign of going missing
    alone = _cue_support(base, "missing_person", "He ran away yesterday.", 11)
    fled = _cue_support(base, "missing_person", "He ran away from his stepdad yesterday.", 11)
    assert fled > alone > 0.0


def test_emergency_contraception_is_not_a_phone_for_emergencies(base: KnowledgeBase) -> None:
    # "for emergencies" explains a phone; "for emergency contraception" explains nothing
    driven = "She was driven to the clinic by a man in his twenties."
    contraception = (
        "She was driven to the clinic for emergency contraception by a man in his twenties."
    )
    phone = driven[:-1] + "; he gave her an old phone for emergencies."
    slug = "child_sexual_exploitation"
    assert _cue_support(base, slug, contraception, 15) == _cue_support(base, slug, driven, 15)
    assert _cue_support(base, slug, phone, 15) < _cue_support(base, slug, driven, 15)


def test_the_same_excuse_again_is_no_ordinary_knock(base: KnowledgeBase) -> None:
    # "walked into a door" once can be a knock; "walked into a door again" is the excuse
    def reassured(text: str) -> list[str]:
        inferred = infer(Observation(text, age=14), base.inference)
        return weigh(base.harms["physical_abuse"], inferred, base).reassured

    assert reassured("She has a bruise on her cheek and says she walked into a door.")
    assert not reassured("She has a bruise on her cheek and says she walked into a door again.")


def test_a_birthday_explains_a_gift_only_from_family_the_person_names(base: KnowledgeBase) -> None:
    """ "For her birthday" made a hotel room booked by a 19 year old count for less, as it
    rightly makes a present from her nan."""
    older = "A 19 year old friend from Instagram has booked her a hotel room."
    slug = "child_sexual_exploitation"
    support = _cue_support(base, slug, older, 14)
    assert support > 0
    assert _cue_support(base, slug, older + " It is for her birthday.", 14) == support
    gift = "A man she met gave her a new phone."
    assert _cue_support(base, slug, gift, 14) > _cue_support(
        base, slug, "She got a new phone from her nan for her birthday.", 14
    )


def test_children_s_own_spelling_is_read_as_the_words_it_stands_for(base: KnowledgeBase) -> None:
    """A teacher copies a worry-box note with the child's spelling kept; the cues read it."""
    note = "my dad hurted my mum agen last nite and I am scard, he has a nife"
    read = [t.raw for t in infer(Observation(note), base.inference).tokens]
    assert read[:2] == ["my", "dad"]
    assert {"hurt", "again", "night", "scared", "knife"} <= set(read)
    assert _cue_support(base, "domestic_abuse", "I am scard to go home.", 6) > 0
    # a spelling that is also a word is left as written, and "atm" is also a cash machine
    left = "no aloud atm"
    assert [t.raw for t in infer(Observation(left), base.inference).tokens] == left.split()


def test_practitioners_abbreviations_are_read_as_the_words_they_stand_for(
    base: KnowledgeBase,
) -> None:
    """Notes professionals write for each other ("YP", "SF", "b/f", "w/", "c/o") meet the
    cues; an abbreviation with a second common meaning is left as written ("da", also "dad")."""
    note = "YP (15) c/o SF gets rough w/ her mum; older b/f, pt 67 y/o, OD x2"
    read = [t.raw for t in infer(Observation(note), base.inference).tokens]
    assert read[:2] == ["young", "person"]
    assert {"complains", "stepfather", "with", "boyfriend", "patient", "overdose"} <= set(read)
    assert "da" in [t.raw for t in infer(Observation("me da hits me"), base.inference).tokens]
    swore = [t.raw for t in infer(Observation("calling them little sh*ts"), base.inference).tokens]
    assert "self" not in swore
    assert _cue_support(base, "child_sexual_exploitation", "Her older b/f is 24.", 14) > 0
    assert _cue_support(base, "domestic_abuse", "SF gets rough w/ mum when drunk.", 14) > 0


def test_regional_words_are_read_as_the_words_they_stand_for(base: KnowledgeBase) -> None:
    """People write as they speak across the UK ("the bairns are aye clarty", "feart tae go
    hame", "into t'door"); a regional word that is also another word is left as written
    ("hoy", a school's Head of Year)."""
    said = "The bairns are clarty, me mam's fella lamped him, he's feart tae go hame, into t'door"
    read = [t.raw for t in infer(Observation(said), base.inference).tokens]
    assert {"children", "dirty", "mum", "hit", "scared", "to", "home", "the", "door"} <= set(read)
    assert not {"bairns", "clarty", "mam", "lamped", "feart", "tae", "hame", "tdoor"} & set(read)
    assert "hoy" in [t.raw for t in infer(Observation("HoY (DM) log"), base.inference).tokens]
    assert _cue_support(base, "domestic_abuse", "The wean says his da batters his maw.", 8) > 0
    assert (
        _cue_support(base, "online_abuse", "He's askin' for pictures o' him in his pants.", 11) > 0
    )


def test_where_an_injury_was_seen_is_not_how_it_happened(base: KnowledgeBase) -> None:
    """ "A broken wrist from skateboarding" explains the wrist; "at football training a coach
    noticed burn marks" says only where they were seen."""
    seen = "At football training the coach saw burn marks on his hands."
    plain = "The coach saw burn marks on his hands."
    assert _cue_support(base, "physical_abuse", seen, 9) == _cue_support(
        base, "physical_abuse", plain, 9
    )


def test_a_secret_kept_from_a_parent_is_a_childs_sign_not_an_adults(base: KnowledgeBase) -> None:
    """ "He says I mustn't tell my son", to a woman of 83, is a scammer's secret."""
    told = "He says I mustn't tell my mum."
    assert _cue_support(base, "sexual_abuse", told, 8) > 0
    assert _cue_support(base, "sexual_abuse", told, 83) == 0
